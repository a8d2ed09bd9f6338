import ArgumentParser
import Foundation
import HummingbirdBcrypt
import Storage
import StorageSQL
import WebApp

/// Where the database lives: `--data-dir`, then `SPEAKUP_DATA_DIR`, then `./speakup-data`.
struct DataDirectoryOptions: ParsableArguments {
    @Option(help: "The data directory (default: $SPEAKUP_DATA_DIR, then ./speakup-data).")
    var dataDir: String?

    var url: URL {
        let path = dataDir ?? ProcessInfo.processInfo.environment["SPEAKUP_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "speakup-data"
        return URL(fileURLWithPath: path)
    }

    func open() async throws -> SQLStorage {
        do {
            return try await SQLStorage.sqlite(dataDirectory: url)
        } catch {
            printError("Error: cannot open the database in \(url.path): \(error)")
            throw ExitCode.failure
        }
    }
}

extension DataDirectoryOptions {
    /// Opens the database and finds an account, or says plainly that there is none.
    func openAccount(_ email: String) async throws -> (SQLStorage, User) {
        let storage = try await open()
        guard let user = try await storage.user(email: email) else {
            try await storage.close()
            printError("Error: no account with the email \(email.normalisedEmail) in \(url.path).")
            throw ExitCode.failure
        }
        return (storage, user)
    }
}

/// `speakup users`: account administration.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Create and list accounts, issue password-reset links and API tokens.",
        subcommands: [Create.self, List.self, ResetPassword.self, Token.self]
    )

    /// bcrypt cost for new passwords; 12 or more, as the security brief asks.
    static let bcryptCost: UInt8 = 12
    static let minimumPasswordLength = 10

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. The password is read from standard input, never from the command line.",
            discussion: "Example: printf '%s' \"$PASSWORD\" | speakup users create ana@example.org --password-stdin --role learner"
        )

        @Argument(help: "The person's email address.") var email: String
        @Flag(help: "Read the password from standard input (required).") var passwordStdin = false
        @Option(help: "learner, therapist, facilitator or admin.") var role: Role = .learner
        @Option(help: "How the app greets them.") var displayName: String?
        @OptionGroup var data: DataDirectoryOptions

        func validate() throws {
            guard passwordStdin else { throw ValidationError("Pass --password-stdin and pipe the password in, so it stays out of shell history.") }
            guard email.looksLikeEmail else { throw ValidationError("\"\(email)\" is not an email address.") }
        }

        func run() async throws {
            let password = (readLine(strippingNewline: true) ?? "")
            guard password.count >= UsersCommand.minimumPasswordLength else {
                printError("Error: the password needs at least \(UsersCommand.minimumPasswordLength) characters.")
                throw ExitCode.validationFailure
            }
            let storage = try await data.open()
            let hash = Bcrypt.hash(password, cost: UsersCommand.bcryptCost)
            let result: Result<User, StorageError>
            do {
                result = .success(try await storage.createUser(email: email, passwordHash: hash, role: role, displayName: displayName))
            } catch let error as StorageError {
                result = .failure(error)
            }
            try await storage.close()
            switch result {
            case .success(let user):
                print("Created \(user.role.rawValue) \(user.email) (id \(user.id)) in \(data.url.path).")
            case .failure(let error):
                printError("Error: \(error)")
                throw ExitCode.failure
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var data: DataDirectoryOptions

        func run() async throws {
            let storage = try await data.open()
            let users = try await storage.users()
            try await storage.close()
            if users.isEmpty { print("No accounts yet in \(data.url.path).") }
            for user in users {
                let created = ISO8601DateFormatter().string(from: user.createdAt)
                print("\(user.id)\t\(user.email)\t\(user.role.rawValue)\t\(created)")
            }
        }
    }
}

extension Role: ExpressibleByArgument {}

extension UsersCommand {
    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Print a one-time password-reset link for an account (valid for 24 hours)."
        )
        @Argument(help: "The person's email address.") var email: String
        @Option(help: "The address people reach the server at.") var baseURL = "http://127.0.0.1:8080"
        @OptionGroup var data: DataDirectoryOptions

        func run() async throws {
            let (storage, user) = try await data.openAccount(email)
            let token = AccountSecrets.newToken()
            try await storage.createPasswordReset(userID: user.id, tokenHash: AccountSecrets.digest(token), expiresAt: Date().addingTimeInterval(86_400))
            try await storage.close()
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            print("\(base)/reset/\(token)")
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a personal API token for an account and print it (it is shown only once)."
        )
        @Argument(help: "The person's email address.") var email: String
        @Option(help: "A name to recognise the token by.") var name = "command line"
        @OptionGroup var data: DataDirectoryOptions

        func run() async throws {
            let (storage, user) = try await data.openAccount(email)
            let token = AccountSecrets.newToken(prefix: "su_")
            _ = try await storage.createAPIToken(userID: user.id, name: name, tokenHash: AccountSecrets.digest(token))
            try await storage.close()
            print(token)
        }
    }
}
