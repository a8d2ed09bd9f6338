import Coach
import Curriculum
import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import Logging
import NIOPosix
import Safety
import Storage
import WebViews

/// How the server is set up. `serve` fills it from the command line.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Adds `Secure` to cookies; set it when the app is served over HTTPS.
    public var secureCookies: Bool
    /// The crisis-line country for people who haven't chosen one.
    public var defaultCountry: String?
    /// bcrypt cost for new passwords (12 or more in production; tests may lower it for speed).
    public var bcryptCost: UInt8
    /// Sign-in attempts allowed per account, and per IP address, in `loginWindow`.
    public var loginLimitPerAccount: Int
    public var loginLimitPerIP: Int
    public var loginWindow: TimeInterval
    public var sessionLifetime: Duration
    /// The canonical base for this server's FHIR resources (Questionnaire URLs in exports).
    public var fhirBaseURL: String

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, defaultCountry: String? = nil,
                bcryptCost: UInt8 = 12, loginLimitPerAccount: Int = 5, loginLimitPerIP: Int = 30, loginWindow: TimeInterval = 900,
                sessionLifetime: Duration = .seconds(7 * 24 * 3600), fhirBaseURL: String = MeasureExport.defaultFHIRBase) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.defaultCountry = defaultCountry
        self.bcryptCost = bcryptCost
        self.loginLimitPerAccount = loginLimitPerAccount
        self.loginLimitPerIP = loginLimitPerIP
        self.loginWindow = loginWindow
        self.sessionLifetime = sessionLifetime
        self.fhirBaseURL = fhirBaseURL
    }
}

/// Everything the handlers share.
struct AppServices: Sendable {
    let configuration: AppConfiguration
    let storage: any Storage
    let content: ContentPack
    let screening: Screening
    let practice: Practice
    let measures: MeasureService
    let sessionStorage: SessionStorage<WebSession>
    let assets: StaticAssets
    let logger: Logger

    static let csrfCookie = "speakup_csrf"
    static let sessionCookie = "speakup_session"

    func hashPassword(_ password: String) async throws -> String {
        let cost = configuration.bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}

/// Builds the whole web application on a storage. The composition root (`speakup serve`) passes
/// SQLite; tests pass an in-memory database.
public func buildApplication(configuration: AppConfiguration, storage: any Storage, content: ContentPack = .bundled,
                             logger: Logger = Logger(label: "speakup.web")) throws -> some ApplicationProtocol {
    let router = try buildRouter(configuration: configuration, storage: storage, content: content, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "SpeakUp"),
        logger: logger
    )
}

func buildRouter(configuration: AppConfiguration, storage: any Storage, content: ContentPack, logger: Logger) throws -> Router<AppContext> {
    let coach = Coach()
    let screening = Screening(coach: coach, directory: .bundled, defaultCountry: configuration.defaultCountry)
    let sessionStorage = SessionStorage<WebSession>(
        StoragePersistDriver(storage: storage),
        configuration: .init(sessionCookieParameters: .init(name: AppServices.sessionCookie, path: "/", secure: configuration.secureCookies,
                                                            sameSite: .lax), keyPrefix: "session."))
    let services = AppServices(
        configuration: configuration, storage: storage, content: content, screening: screening,
        practice: Practice(storage: storage, screening: screening, content: content),
        measures: MeasureService(storage: storage, screening: screening, logger: logger), sessionStorage: sessionStorage,
        assets: try StaticAssets.load(), logger: logger)

    let router = Router(context: AppContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(services: services))
    router.add(middleware: SessionMiddleware(sessionStorage: sessionStorage, defaultSessionExpiration: configuration.sessionLifetime))
    router.add(middleware: AuthenticationMiddleware(services: services))

    router.get("/healthz") { _, _ in "ok" }
    router.get("/static/{file}") { request, context in try services.assets.response(for: context.parameters.get("file") ?? "", request: request) }
    router.get("/api/openapi.yaml") { request, _ in try services.assets.openAPI(request: request) }

    AccountRoutes(services: services).register(on: router)
    PracticeRoutes(services: services).register(on: router)
    RecordRoutes(services: services).register(on: router)
    MeasureRoutes(services: services).register(on: router)
    APIRoutes(services: services).register(on: router.group("/api/v1"))
    return router
}

