import Foundation

/// The few FHIR R4 resources SpeakUp exports, as plain Codable values: only the elements we fill.
///
/// Optional elements left `nil` are omitted from the JSON, as FHIR requires (no nulls, no empty arrays).
public enum FHIR {
    public struct Coding: Codable, Sendable, Equatable {
        public var system: String
        public var code: String
        public var display: String?

        public init(system: String, code: String, display: String? = nil) {
            self.system = system
            self.code = code
            self.display = display
        }
    }

    public struct CodeableConcept: Codable, Sendable, Equatable {
        public var coding: [Coding]?
        public var text: String?

        public init(coding: [Coding]? = nil, text: String? = nil) {
            self.coding = coding
            self.text = text
        }
    }

    public struct Reference: Codable, Sendable, Equatable {
        public var reference: String?
        public var display: String?

        public init(reference: String? = nil, display: String? = nil) {
            self.reference = reference
            self.display = display
        }
    }

    public struct Extension: Codable, Sendable, Equatable {
        public var url: String
        public var valueDecimal: Double?
    }

    public struct Quantity: Codable, Sendable, Equatable {
        public var value: Double
        public var unit: String?
        public var system: String?
        public var code: String?
    }

    public struct Questionnaire: Codable, Sendable, Equatable {
        public var resourceType = "Questionnaire"
        public var id: String
        public var url: String
        public var name: String
        public var title: String
        public var status: String
        public var subjectType: [String]
        public var description: String?
        public var copyright: String
        public var code: [Coding]?
        public var item: [Item]

        public struct Item: Codable, Sendable, Equatable {
            public var linkId: String
            public var code: [Coding]?
            public var text: String
            /// `choice` when the answers are LOINC-coded, `integer` otherwise.
            public var type: String
            public var required: Bool?
            public var answerOption: [AnswerOption]
        }

        public struct AnswerOption: Codable, Sendable, Equatable {
            public var `extension`: [Extension]?
            public var valueCoding: Coding?
            public var valueInteger: Int?
        }
    }

    public struct QuestionnaireResponse: Codable, Sendable, Equatable {
        public var resourceType = "QuestionnaireResponse"
        public var id: String
        /// The Questionnaire's canonical URL.
        public var questionnaire: String
        public var status: String
        public var subject: Reference?
        /// ISO 8601 with a time zone.
        public var authored: String
        public var item: [Item]

        public struct Item: Codable, Sendable, Equatable {
            public var linkId: String
            public var text: String?
            public var answer: [Answer]
        }

        public struct Answer: Codable, Sendable, Equatable {
            public var valueCoding: Coding?
            public var valueInteger: Int?
        }
    }

    public struct Observation: Codable, Sendable, Equatable {
        public var resourceType = "Observation"
        public var id: String
        public var status: String
        public var category: [CodeableConcept]
        public var code: CodeableConcept
        public var subject: Reference?
        public var effectiveDateTime: String
        public var valueInteger: Int?
        public var valueQuantity: Quantity?
        public var interpretation: [CodeableConcept]?
        public var note: [Annotation]?
        public var derivedFrom: [Reference]
        public var component: [Component]?

        public struct Component: Codable, Sendable, Equatable {
            public var code: CodeableConcept
            public var valueInteger: Int?
            public var valueQuantity: Quantity?
        }

        public struct Annotation: Codable, Sendable, Equatable {
            public var text: String
        }
    }

    /// A resource in a Bundle entry, encoded as itself (its `resourceType` says which).
    public enum Resource: Codable, Sendable, Equatable {
        case questionnaire(Questionnaire)
        case questionnaireResponse(QuestionnaireResponse)
        case observation(Observation)

        private enum Keys: String, CodingKey { case resourceType }

        public init(from decoder: Decoder) throws {
            let type = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .resourceType)
            switch type {
            case "Questionnaire": self = .questionnaire(try Questionnaire(from: decoder))
            case "QuestionnaireResponse": self = .questionnaireResponse(try QuestionnaireResponse(from: decoder))
            case "Observation": self = .observation(try Observation(from: decoder))
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .resourceType, in: try decoder.container(keyedBy: Keys.self),
                    debugDescription: "unexpected resourceType \(type)")
            }
        }

        public func encode(to encoder: Encoder) throws {
            switch self {
            case .questionnaire(let resource): try resource.encode(to: encoder)
            case .questionnaireResponse(let resource): try resource.encode(to: encoder)
            case .observation(let resource): try resource.encode(to: encoder)
            }
        }
    }

    public struct Bundle: Codable, Sendable, Equatable {
        public var resourceType = "Bundle"
        public var type = "collection"
        /// When the bundle was made, ISO 8601.
        public var timestamp: String?
        public var entry: [Entry]

        public struct Entry: Codable, Sendable, Equatable {
            /// `urn:uuid:…`, which references inside the bundle point at.
            public var fullUrl: String
            public var resource: Resource
        }
    }
}

extension FHIR.Bundle {
    /// Pretty, key-sorted JSON, with slashes left as they are.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public func jsonString() throws -> String { String(decoding: try jsonData(), as: UTF8.self) }
}
