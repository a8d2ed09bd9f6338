import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import Storage
import WebViews

/// Sign-up, sign-in, sign-out, password reset, settings, tokens, download and delete.
struct AccountRoutes: Sendable {
    let services: AppServices
    static let minimumPasswordLength = 10

    func register(on router: Router<AppContext>) {
        router.get("/signup") { _, context -> Response in
            .html(Views.signup(context.chrome("Create your account"), state: FormState(), countries: services.screening.directory.countryCodes))
        }
        router.post("/signup") { request, context -> Response in try await signup(request, context) }
        router.get("/login") { request, context -> Response in
            let query = request.uri.queryParameters
            let next = query.get("next").flatMap { $0.isLocalPath ? $0 : nil } ?? ""
            return .html(Views.login(context.chrome("Sign in"), state: FormState(["email": query.get("email") ?? "", "next": next])))
        }
        router.post("/login") { request, context -> Response in try await login(request, context) }
        router.post("/logout") { request, context -> Response in
            _ = try await Body.form(request, context)
            context.sessions.clearSession()
            return .redirect(to: "/", type: .normal)
        }
        router.get("/reset/{token}") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            let valid = try await services.storage.passwordReset(tokenHash: Secrets.digest(token), now: Date(), consume: false) != nil
            return .html(Views.resetPassword(context.chrome("Choose a new password"), token: token, state: FormState(), valid: valid),
                         status: valid ? .ok : .notFound)
        }
        router.post("/reset/{token}") { request, context -> Response in try await reset(request, context) }
        router.get("/settings") { request, context -> Response in
            let user = try context.requireUser(request)
            return try await settingsPage(user, context, state: settingsState(user), deleteState: FormState(), newToken: nil, flash: nil)
        }
        router.post("/settings") { request, context -> Response in try await saveSettings(request, context) }
        router.post("/settings/tokens") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            let name = (fields["token_name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let token = Secrets.token(prefix: "su_")
            _ = try await services.storage.createAPIToken(userID: user.id, name: name.isEmpty ? "API token" : String(name.prefix(80)),
                                                          tokenHash: Secrets.digest(token))
            return try await settingsPage(user, context, state: settingsState(user), deleteState: FormState(), newToken: token, flash: nil)
        }
        router.post("/settings/tokens/{id}/delete") { request, context -> Response in
            let user = try context.requireUser(request)
            _ = try await Body.form(request, context)
            // Someone else's token id answers like an unknown one.
            guard let id = context.parameters.get("id", as: Int64.self),
                try await services.storage.apiTokens(userID: user.id).contains(where: { $0.id == id })
            else { throw PageError.notFound }
            try await services.storage.deleteAPIToken(userID: user.id, id: id)
            return .redirect(to: "/settings", type: .normal)
        }
        router.get("/settings/export") { request, context -> Response in
            let user = try context.requireUser(request)
            var response = Response.json(try await DataExport.build(for: user, services: services))
            response.headers[.contentDisposition] = "attachment; filename=\"speakup-data.json\""
            return response
        }
        router.post("/settings/delete") { request, context -> Response in try await deleteAccount(request, context) }
    }

    private func settingsState(_ user: User) -> FormState {
        FormState(["display_name": user.displayName ?? "", "country": user.country ?? "", "reminders": user.remindersOn ? "on" : ""])
    }

    private func settingsPage(_ user: User, _ context: AppContext, state: FormState, deleteState: FormState, newToken: String?,
                              flash: String?) async throws -> Response {
        let tokens = try await services.storage.apiTokens(userID: user.id).map { (id: $0.id, name: $0.name, created: $0.createdAt, lastUsed: $0.lastUsedAt) }
        let model = Views.SettingsModel(email: user.email, tokens: tokens, newToken: newToken, countries: services.screening.directory.countryCodes)
        let status: HTTPResponse.Status = state.errors.isEmpty && deleteState.errors.isEmpty ? .ok : .unprocessableContent
        return .html(Views.settings(context.chrome("Settings", .settings, flash: flash), model: model, state: state, deleteState: deleteState),
                     status: status)
    }

    private func saveSettings(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser(request)
        let fields = try await Body.form(request, context)
        var v = Validator(fields)
        let name = v.text("display_name", label: "Display name", limit: 80)
        let country = v.text("country", label: "Country", limit: 2).uppercased()
        if !country.isEmpty && !services.screening.directory.countryCodes.contains(country) {
            v.fail("country", "Choose a country from the list.")
        }
        let state = FormState(values: fields.values, errors: v.errors.map { ($0.field, $0.detail) })
        guard v.isValid else { return try await settingsPage(user, context, state: state, deleteState: FormState(), newToken: nil, flash: nil) }
        try await services.storage.updateSettings(userID: user.id, displayName: name.isEmpty ? nil : name, country: country.isEmpty ? nil : country,
                                                  remindersOn: fields["reminders"] == "on")
        let updated = try await services.storage.user(id: user.id) ?? user
        var updatedContext = context
        updatedContext.user = updated
        return try await settingsPage(updated, updatedContext, state: settingsState(updated), deleteState: FormState(), newToken: nil,
                                      flash: "Settings saved.")
    }

    private func signup(_ request: Request, _ context: AppContext) async throws -> Response {
        let fields = try await Body.form(request, context)
        var v = Validator(fields)
        let email = v.text("email", label: "Email", required: true, limit: Limits.shortText)
        if !email.isEmpty && !email.looksLikeEmail { v.fail("email", "That doesn't look like an email address.") }
        let password = fields["password"] ?? ""
        if password.count < Self.minimumPasswordLength { v.fail("password", "Please choose a password of at least \(Self.minimumPasswordLength) characters.") }
        if password.count > 200 { v.fail("password", "Passwords can be at most 200 characters.", limit: 200) }
        let name = v.text("display_name", label: "Name", limit: 80)
        let country = v.text("country", label: "Country", limit: 2).uppercased()
        if !country.isEmpty && !services.screening.directory.countryCodes.contains(country) { v.fail("country", "Choose a country from the list.") }
        var user: User? = nil
        if v.isValid {
            let hash = try await services.hashPassword(password)
            do {
                user = try await services.storage.createUser(email: email, passwordHash: hash, role: .learner, displayName: name.isEmpty ? nil : name)
            } catch StorageError.emailTaken {
                // Said plainly on sign-up (the person needs to know), but sign-in never reveals it.
                v.fail("email", "There is already an account with that email. Sign in instead, or use another address.")
            }
        }
        guard let user else {
            var values = fields.values
            values["password"] = nil
            return .html(Views.signup(context.chrome("Create your account"), state: FormState(values: values, errors: v.errors.map { ($0.field, $0.detail) }),
                                      countries: services.screening.directory.countryCodes), status: .unprocessableContent)
        }
        if !country.isEmpty || !name.isEmpty {
            try await services.storage.updateSettings(userID: user.id, displayName: name.isEmpty ? nil : name, country: country.isEmpty ? nil : country,
                                                      remindersOn: false)
        }
        await startSession(for: user, request, context)
        return .redirect(to: "/", type: .normal)
    }

    /// Starts a session with a new id (dropping any old one, so a planted id is useless) and returns
    /// its CSRF token.
    @discardableResult
    func startSession(for user: User, _ request: Request, _ context: AppContext) async -> String {
        if context.sessions.session != nil { _ = try? await services.sessionStorage.delete(request: request) }
        let csrf = Secrets.token()
        context.sessions.createSession(WebSession(userID: user.id, csrfToken: csrf), expiresIn: services.configuration.sessionLifetime)
        return csrf
    }

    /// Checks a password with the per-account and per-IP limits. The answer never says whether the
    /// account exists.
    enum SignIn { case ok(User), wrong, limited }

    static func signIn(email: String, password: String, ip: String, services: AppServices) async throws -> SignIn {
        let now = Date()
        let window = services.configuration.loginWindow
        let perIP = try await services.storage.hit(counter: "login-ip:\(ip)", window: window, now: now)
        let perAccount = try await services.storage.hit(counter: "login-account:\(email.normalisedEmail)", window: window, now: now)
        if perIP > services.configuration.loginLimitPerIP || perAccount > services.configuration.loginLimitPerAccount { return .limited }
        let user = try await services.storage.user(email: email)
        let hash = try await user.asyncMap { try await services.storage.passwordHash(userID: $0.id) } ?? nil
        // Same work whether or not the account exists, so timing does not reveal it either.
        let ok = try await services.verifyPassword(password, hash: hash ?? Self.decoyHash)
        guard ok, let user, hash != nil else { return .wrong }
        try await services.storage.resetCounter("login-account:\(email.normalisedEmail)")
        return .ok(user)
    }

    /// A bcrypt hash (cost 12) of a random string nobody knows, made once.
    static let decoyHash = Bcrypt.hash(Secrets.token(), cost: 12)

    private func login(_ request: Request, _ context: AppContext) async throws -> Response {
        let fields = try await Body.form(request, context)
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = fields["password"] ?? ""
        // Where to go afterwards: the form's hidden field (set from `/login?next=`), or the query.
        let next = fields["next"].flatMap { $0.isEmpty ? nil : $0 } ?? request.uri.queryParameters.get("next") ?? "/"
        let state = FormState(["email": email, "next": next.isLocalPath ? next : ""])
        switch try await Self.signIn(email: email, password: password, ip: context.remoteIP, services: services) {
        case .ok(let user):
            await startSession(for: user, request, context)
            return .redirect(to: next.isLocalPath ? next : "/", type: .normal)
        case .wrong:
            return .html(Views.login(context.chrome("Sign in"), state: state, message: "That email and password don't match an account. Check them and try again."),
                         status: .unauthorized)
        case .limited:
            return .html(Views.login(context.chrome("Sign in"), state: state, message: "Too many sign-in attempts. Please wait 15 minutes and try again."),
                         status: .tooManyRequests)
        }
    }

    private func reset(_ request: Request, _ context: AppContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let fields = try await Body.form(request, context)
        let password = fields["password"] ?? ""
        guard password.count >= Self.minimumPasswordLength, password.count <= 200 else {
            // An expired or unknown link says so, whatever the password; a live one asks for a better password.
            let valid = try await services.storage.passwordReset(tokenHash: Secrets.digest(token), now: Date(), consume: false) != nil
            return .html(Views.resetPassword(context.chrome("Choose a new password"), token: token,
                                             state: valid ? FormState(values: [:], errors: [("password", "Please choose a password of 10 to 200 characters.")]) : FormState(),
                                             valid: valid), status: valid ? .unprocessableContent : .notFound)
        }
        guard let userID = try await services.storage.passwordReset(tokenHash: Secrets.digest(token), now: Date(), consume: true) else {
            return .html(Views.resetPassword(context.chrome("Choose a new password"), token: token, state: FormState(), valid: false), status: .notFound)
        }
        try await services.storage.setPasswordHash(userID: userID, hash: try await services.hashPassword(password))
        return .redirect(to: "/login", type: .normal)
    }

    private func deleteAccount(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser(request)
        let fields = try await Body.form(request, context)
        let hash = try await services.storage.passwordHash(userID: user.id) ?? Self.decoyHash
        guard try await services.verifyPassword(fields["confirm_password"] ?? "", hash: hash) else {
            return try await settingsPage(user, context, state: settingsState(user),
                                          deleteState: FormState(values: [:], errors: [("confirm_password", "That password isn't right, so nothing was deleted.")]),
                                          newToken: nil, flash: nil)
        }
        try await services.storage.deleteUser(id: user.id)
        context.sessions.clearSession()
        var chrome = context.chrome("Account deleted")
        chrome.signedInAs = nil
        return .html(Views.errorPage(chrome, status: 200, message: "Your account and everything in it have been deleted. Take care of yourself."))
    }
}

