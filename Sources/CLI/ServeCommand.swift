import ArgumentParser
import Foundation
import Logging
import Storage
import StorageSQL
import WebApp

/// `speakup serve`: the web app on embedded SQLite.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web app (embedded SQLite in the data directory).",
        discussion: "Stops gracefully on SIGINT or SIGTERM. Logs one structured line per request to standard output."
    )

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @OptionGroup var data: DataDirectoryOptions
    @Flag(help: "Mark cookies Secure (set this when serving over HTTPS).") var secureCookies = false
    @Option(help: "The crisis-line country for people who haven't chosen one (ISO code, e.g. GB).") var defaultCountry: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel: String = "info"
    @Option(help: "The base of FHIR canonical URLs in exports: your public address + /fhir.")
    var fhirBaseURL: String = MeasureExport.defaultFHIRBase

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error.") }
        try checkFHIRBase(fhirBaseURL, option: "--fhir-base-url")
    }

    func run() async throws {
        var logger = Logger(label: "speakup")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let storage = try await data.open()
        _ = try? await storage.purgeExpiredValues(now: Date())
        let app = try buildApplication(
            configuration: AppConfiguration(host: host, port: port, secureCookies: secureCookies, defaultCountry: defaultCountry?.uppercased(),
                                            fhirBaseURL: fhirBaseURL),
            storage: storage, logger: logger)
        logger.info("SpeakUp listening", metadata: ["url": "http://\(host):\(port)", "data": "\(data.url.path)"])
        try await app.runService()
        try await storage.close()
    }
}
