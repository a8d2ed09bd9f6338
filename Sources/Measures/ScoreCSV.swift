import Domain
import Foundation

/// All scores as CSV (RFC 4180): a header, then one row per assessment, lines ended by CRLF.
///
/// Fields with a comma, a double quote, CR or LF are quoted, and quotes inside are doubled. The
/// text cells come from checked ids and band labels, which must start with a letter or digit, so
/// no cell starts with `=`, `+`, `-` or `@` except a negative number.
public enum ScoreCSV {
    public static let header = [
        "assessment_id", "instrument", "authored", "total", "min", "max", "band", "prorated", "missing_items",
        "safety_triggered", "subscales",
    ]

    /// The CSV text; `subscales` is one cell of `id=score` pairs joined by `; `.
    public static func render(_ assessments: [CompletedAssessment]) -> String {
        var lines = [row(header)]
        for assessment in assessments {
            let result = assessment.result
            lines.append(
                row([
                    assessment.id,
                    assessment.instrumentID,
                    FHIRExport.dateTime(assessment.authored),
                    format(result.total.value),
                    format(result.range.min),
                    format(result.range.max),
                    result.band?.label ?? "",
                    result.prorated ? "true" : "false",
                    result.missingItems.map(String.init).joined(separator: " "),
                    result.safetyTriggered ? "true" : "false",
                    result.subscales.map { "\($0.id)=\(format($0.score.value))" }.joined(separator: "; "),
                ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// One field, quoted when RFC 4180 requires it.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
