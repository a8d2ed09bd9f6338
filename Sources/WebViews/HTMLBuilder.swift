import Foundation
import Plot

/// A node in a page body. Views build pages from Plot nodes through the few helpers below, which
/// escape every text and attribute value, so nothing a person typed can ever become markup.
public typealias HTMLNode = Node<HTML.BodyContext>

public enum Escape {
    /// Escapes text for element content and for double- or single-quoted attribute values.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// The void elements, which never have children.
private let voidElements: Set<String> = ["input", "meta", "link", "br", "hr", "img"]

/// An element with attributes (values escaped; `nil` drops the attribute, `""` writes a bare
/// boolean attribute) and children.
func el(_ name: String, _ attributes: [(String, String?)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
    let attributeNodes: [HTMLNode] = attributes.compactMap { name, value in
        guard let value else { return nil }
        return .attribute(named: name, value: value.isEmpty ? nil : Escape.html(value), ignoreIfValueIsEmpty: false)
    }
    if voidElements.contains(name) {
        return .selfClosedElement(named: name, attributes: attributes.compactMap { name, value in
            guard let value else { return nil }
            return Attribute<HTML.BodyContext>(name: name, value: value.isEmpty ? nil : Escape.html(value), ignoreIfValueIsEmpty: false)
        })
    }
    return .element(named: name, nodes: attributeNodes + children)
}

func el(_ name: String, _ attributes: [(String, String?)] = [], _ children: HTMLNode...) -> HTMLNode {
    el(name, attributes, children)
}

/// Text content, fully escaped.
func text(_ value: String) -> HTMLNode { .raw(Escape.html(value)) }

/// An element holding only text.
func el(_ name: String, _ attributes: [(String, String?)] = [], text value: String) -> HTMLNode {
    el(name, attributes, [text(value)])
}

func group(_ nodes: [HTMLNode]) -> HTMLNode { .group(nodes) }

/// Paragraphs from text with blank lines between them; single line breaks are kept.
func paragraphs(_ value: String, class className: String? = nil) -> HTMLNode {
    let blocks = value.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    return group(blocks.map { block in
        let lines = block.components(separatedBy: "\n")
        var nodes: [HTMLNode] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { nodes.append(el("br")) }
            nodes.append(text(line))
        }
        return el("p", [("class", className)], nodes)
    })
}

extension HTMLNode {
    /// The rendered markup.
    public var html: String { render() }
}
