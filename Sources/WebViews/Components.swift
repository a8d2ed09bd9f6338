import Coach
import Domain
import Foundation
import Plot
import Safety

/// What a form shows: the values typed (kept when the form is rejected) and the problems found.
public struct FormState: Sendable {
    public var values: [String: [String]]
    public var errors: [(field: String, message: String)]

    public init(values: [String: [String]] = [:], errors: [(field: String, message: String)] = []) {
        self.values = values
        self.errors = errors
    }

    public init(_ values: [String: String]) {
        self.init(values: values.mapValues { [$0] })
    }

    public func value(_ name: String) -> String { values[name]?.first ?? "" }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func error(_ name: String) -> String? { errors.first { $0.field == name }?.message }
}

/// Form controls and panels shared by the pages.
public enum UI {
    static func errorSummary(_ state: FormState) -> HTMLNode {
        guard !state.errors.isEmpty else { return group([]) }
        return el("div", [("class", "error-summary"), ("role", "alert"), ("tabindex", "-1"), ("data-autofocus-error", "")], [
            el("h2", text: state.errors.count == 1 ? "One thing needs a look" : "\(state.errors.count) things need a look"),
            el("p", text: "Everything you typed is still here."),
            el("ul", [], state.errors.map { el("li", [], el("a", [("href", "#\($0.field)")], text: $0.message)) }),
        ])
    }

    private static func describedBy(_ name: String, hint: String?, error: String?) -> String? {
        let ids = [hint != nil ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    private static func hintAndError(_ name: String, hint: String?, error: String?) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        if let hint { nodes.append(el("p", [("class", "hint"), ("id", "\(name)-hint")], text: hint)) }
        if let error { nodes.append(el("p", [("class", "field-error"), ("id", "\(name)-error")], text: error)) }
        return nodes
    }

    static func input(_ name: String, label: String, state: FormState, type: String = "text", hint: String? = nil,
                      required: Bool = false, maxLength: Int? = nil, extra: [(String, String?)] = []) -> HTMLNode {
        let error = state.error(name)
        var attributes: [(String, String?)] = [
            ("type", type), ("id", name), ("name", name), ("value", type == "password" ? nil : state.value(name)),
            ("required", required ? "" : nil), ("maxlength", maxLength.map(String.init)),
            ("aria-describedby", describedBy(name, hint: hint, error: error)), ("aria-invalid", error != nil ? "true" : nil),
        ]
        attributes += extra
        return el("div", [("class", "field")], [el("label", [("for", name)], text: label)]
            + hintAndError(name, hint: hint, error: error) + [el("input", attributes)])
    }

    static func number(_ name: String, label: String, state: FormState, range: ClosedRange<Int> = 0...100, hint: String? = nil,
                       required: Bool = false) -> HTMLNode {
        input(name, label: label, state: state, type: "number", hint: hint, required: required,
              extra: [("min", String(range.lowerBound)), ("max", String(range.upperBound)), ("step", "1"), ("inputmode", "numeric")])
    }

    static func textarea(_ name: String, label: String, state: FormState, hint: String? = nil, rows: Int = 4,
                         required: Bool = false, analyze: Bool = false, maxLength: Int = 5_000) -> HTMLNode {
        let error = state.error(name)
        return el("div", [("class", "field")], [el("label", [("for", name)], text: label)]
            + hintAndError(name, hint: hint, error: error) + [
                el("textarea", [
                    ("id", name), ("name", name), ("rows", String(rows)), ("required", required ? "" : nil),
                    ("maxlength", String(maxLength)), ("data-analyze", analyze ? "" : nil),
                    ("aria-describedby", describedBy(name, hint: hint, error: error)),
                    ("aria-invalid", error != nil ? "true" : nil),
                ], text: state.value(name)),
            ])
    }

    /// `id` defaults to the field name; give one when a page repeats the same field in several forms.
    static func select(_ name: String, label: String, state: FormState, options: [(value: String, label: String)],
                       hint: String? = nil, blank: String? = nil, id: String? = nil) -> HTMLNode {
        let error = state.error(name)
        let current = state.value(name)
        let id = id ?? name
        var optionNodes: [HTMLNode] = []
        if let blank { optionNodes.append(el("option", [("value", "")], text: blank)) }
        optionNodes += options.map { option in
            el("option", [("value", option.value), ("selected", option.value == current ? "" : nil)], text: option.label)
        }
        return el("div", [("class", "field")], [el("label", [("for", id)], text: label)]
            + hintAndError(id, hint: hint, error: error) + [
                el("select", [("id", id), ("name", name), ("aria-describedby", describedBy(id, hint: hint, error: error)),
                              ("aria-invalid", error != nil ? "true" : nil)], optionNodes),
            ])
    }

    /// `context` is the id of text elsewhere on the page that every option reads with (a questionnaire's stem).
    static func radios(_ name: String, legend: String, state: FormState, options: [(value: String, label: String)],
                       hint: String? = nil, context: String? = nil) -> HTMLNode {
        let error = state.error(name)
        let current = state.value(name)
        let describedBy = [context, describedBy(name, hint: hint, error: error)].compactMap { $0 }.joined(separator: " ")
        return el("fieldset", [("id", name), ("class", "field"), ("aria-describedby", describedBy.isEmpty ? nil : describedBy)],
                  [el("legend", text: legend)]
            + hintAndError(name, hint: hint, error: error)
            + options.map { option in
                let id = "\(name)-\(option.value)"
                return el("div", [("class", "choice")], [
                    el("input", [("type", "radio"), ("id", id), ("name", name), ("value", option.value),
                                 ("checked", option.value == current ? "" : nil)]),
                    el("label", [("for", id)], text: option.label),
                ])
            })
    }

    static func checkboxes(_ name: String, legend: String, state: FormState, options: [(value: String, label: String)],
                           hint: String? = nil) -> HTMLNode {
        let chosen = Set(state.all(name))
        return el("fieldset", [("id", name), ("class", "field")], [el("legend", text: legend)]
            + hintAndError(name, hint: hint, error: state.error(name))
            + options.map { option in
                let id = "\(name)-\(option.value)"
                return el("div", [("class", "choice")], [
                    el("input", [("type", "checkbox"), ("id", id), ("name", name), ("value", option.value),
                                 ("checked", chosen.contains(option.value) ? "" : nil)]),
                    el("label", [("for", id)], text: option.label),
                ])
            })
    }

    static func submit(_ label: String, secondary: Bool = false, name: String? = nil, value: String? = nil) -> HTMLNode {
        el("button", [("type", "submit"), ("class", secondary ? "button secondary" : "button"), ("name", name), ("value", value)],
           text: label)
    }

    /// A form with its CSRF field.
    static func form(action: String, csrf: String, attributes: [(String, String?)] = [], _ children: [HTMLNode]) -> HTMLNode {
        el("form", [("method", "post"), ("action", action)] + attributes, [Views.csrfField(csrf)] + children)
    }

    /// Country codes as choices labelled by name ("United Kingdom (GB)"), sorted by name.
    static func countryOptions(_ codes: [String]) -> [(value: String, label: String)] {
        let locale = Locale(identifier: "en_GB")
        return codes.map { code in (code, locale.localizedString(forRegionCode: code).map { "\($0) (\(code))" } ?? code) }
            .sorted { $0.label < $1.label }
    }

    static func styleBadge(_ style: Style) -> HTMLNode {
        el("span", [("class", "badge style-\(style.rawValue)")], text: style.displayName)
    }

    static var styleOptions: [(value: String, label: String)] {
        Style.allCases.map { ($0.rawValue, $0.displayName.prefix(1).uppercased() + $0.displayName.dropFirst()) }
    }

    static var settingOptions: [(value: String, label: String)] {
        Setting.allCases.map { ($0.rawValue, $0.displayName) }
    }

    /// The calm help panel shown wherever the safety screen fired; urgent findings get it first.
    static func helpPanel(_ help: HelpMessage, urgent: Bool) -> HTMLNode {
        let lines = help.resources.lines.map(crisisLine)
        return el("section", [("class", urgent ? "help-panel urgent" : "help-panel"), ("role", "alert"),
                              ("aria-labelledby", "help-heading")], [
            el("h2", [("id", "help-heading")], text: help.heading),
            group(help.body.map { el("p", text: $0) }),
            el("ul", [("class", "crisis-lines")], lines),
            el("p", [("class", "emergency")], text: help.emergency),
            el("p", [], el("a", [("href", "/help")], text: "More ways to get help now")),
        ])
    }

    static func markClass(_ component: Domain.Component) -> String {
        if component.isStrength { return "span-good" }
        switch component {
        case .hedging, .overApologizes, .minimising, .selfDeprecation: return "span-watch"
        default: return "span-harsh"
        }
    }

    /// The text with the Coach's component spans marked (UTF-16 offsets, as the API reports them).
    static func highlighted(_ reply: String, spans: [TextSpan]) -> HTMLNode {
        let units = Array(reply.utf16)
        var marks: [(start: Int, end: Int, component: Domain.Component)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            guard let component = Domain.Component(rawValue: span.label), span.start >= 0, span.end <= units.count, span.start < span.end
            else { continue }
            if marks.contains(where: { $0.start < span.end && span.start < $0.end }) { continue }
            marks.append((span.start, span.end, component))
        }
        var nodes: [HTMLNode] = []
        var cursor = 0
        let slice = { (a: Int, b: Int) in String(decoding: units[a..<b], as: UTF16.self) }
        for mark in marks.sorted(by: { $0.start < $1.start }) {
            if mark.start > cursor { nodes.append(text(slice(cursor, mark.start))) }
            nodes.append(el("mark", [("class", markClass(mark.component)), ("title", mark.component.displayName)],
                            text: slice(mark.start, mark.end)))
            cursor = mark.end
        }
        if cursor < units.count { nodes.append(text(slice(cursor, units.count))) }
        return el("p", [("class", "highlighted")], nodes)
    }

    /// The Coach's reading: style, marked text, tips (praise first), and a cleaner version.
    static func feedback(_ analysis: Analysis, text reply: String, heading: String = "How it reads") -> HTMLNode {
        let confidence = Int(((analysis.probabilities[analysis.style] ?? 0) * 100).rounded())
        var nodes: [HTMLNode] = [
            el("h3", text: heading),
            el("p", [("class", "feedback-style")], [styleBadge(analysis.style), text(" (\(confidence)% sure)")]),
            highlighted(reply, spans: analysis.spans),
            el("ul", [("class", "tips")], analysis.tips.map { el("li", [("class", "tip")], text: $0) }),
        ]
        if let suggestion = analysis.suggestion {
            nodes.append(el("p", [("class", "muted")], text: "A cleaner version:"))
            nodes.append(el("p", [("class", "suggestion")], text: suggestion))
        }
        return el("section", [("class", "feedback"), ("aria-live", "polite")], nodes)
    }

    /// Dates as pages show them, in UTC, from one formatter per pattern.
    private static func formatter(_ pattern: String, locale: String = "en_GB") -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter
    }

    nonisolated(unsafe) private static let dateTimeFormatter = formatter("d MMM yyyy, HH:mm")
    nonisolated(unsafe) private static let dayFormatter = formatter("d MMM yyyy")
    nonisolated(unsafe) private static let shortDayFormatter = formatter("d MMM")
    nonisolated(unsafe) private static let inputFormatter = formatter("yyyy-MM-dd'T'HH:mm", locale: "en_US_POSIX")

    static func date(_ date: Date) -> String { dateTimeFormatter.string(from: date) }
    static func day(_ date: Date) -> String { dayFormatter.string(from: date) }
    static func shortDay(_ date: Date) -> String { shortDayFormatter.string(from: date) }
    /// A `datetime-local` value (UTC).
    public static func localInput(_ date: Date) -> String { inputFormatter.string(from: date) }

    /// One crisis line: a `tel:` link when the contact is a phone number, plain text otherwise.
    static func crisisLine(_ line: CrisisLine) -> HTMLNode {
        let phoneLike = line.contact.allSatisfy { $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" }
        let contact: HTMLNode = phoneLike
            ? el("a", [("href", "tel:" + line.contact.filter { $0.isNumber || $0 == "+" })], text: line.contact)
            : text(line.contact)
        return el("li", [], [el("strong", text: line.name), text(": "), contact] + (line.hours.map { [text(" (\($0))")] } ?? []))
    }
}
