import ArgumentParser
import Foundation
import Storage
import StorageSQL
import WebApp

/// `speakup export`: one person's questionnaire results, to standard output.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a person's questionnaire results as FHIR R4 or CSV.",
        discussion: """
            Examples:
              speakup export fhir --user ana@example.org --data-dir ./speakup-data > ana-fhir.json
              speakup export csv --user ana@example.org > ana-scores.csv
            """,
        subcommands: [FHIR.self, CSV.self]
    )

    struct FHIR: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A FHIR R4 Bundle: the Questionnaires, each QuestionnaireResponse and an Observation of each total.")

        @Option(help: "The account's email.")
        var user: String

        @Option(help: "The base of canonical URLs, normally your server's public address + /fhir.")
        var baseURL: String = MeasureExport.defaultFHIRBase

        @OptionGroup var data: DataDirectoryOptions

        func validate() throws { try checkFHIRBase(baseURL, option: "--base-url") }

        func run() async throws {
            let (storage, account) = try await data.openAccount(user)
            do {
                let catalog = try await MeasureRecords.catalog(storage: storage)
                let bundle = try await MeasureExport.fhir(userID: account.id, storage: storage, catalog: catalog, baseURL: baseURL)
                try await storage.close()
                FileHandle.standardOutput.write(bundle)
                FileHandle.standardOutput.write(Data("\n".utf8))
            } catch let failure as MeasureExport.Failure {
                try? await storage.close()
                printError("Error: \(failure)")
                throw ExitCode.failure
            }
        }
    }

    struct CSV: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every questionnaire score, one row per result.")

        @Option(help: "The account's email.")
        var user: String

        @OptionGroup var data: DataDirectoryOptions

        func run() async throws {
            let (storage, account) = try await data.openAccount(user)
            let csv = try await MeasureExport.csv(userID: account.id, storage: storage)
            try await storage.close()
            FileHandle.standardOutput.write(Data(csv.utf8))
        }
    }
}

/// FHIR canonical URLs must be absolute web addresses; say so before anything is exported.
func checkFHIRBase(_ text: String, option: String) throws {
    guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
        throw ValidationError("\(option) must be an http or https address, e.g. https://speakup.example.org/fhir.")
    }
}
