using System.Text.Json;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Structural validation of an SPDX 2.2/2.3 JSON document: the required document, creation-info, package, file,
/// snippet and relationship fields with their types and value forms, unique SPDX identifiers, references that resolve,
/// and well-formed purls in package external references.
/// </summary>
internal sealed class SpdxJsonValidator(IPurlSyntax purlSyntax)
{
    private static readonly string[] OptionalPackageStrings =
        ["versionInfo", "supplier", "originator", "licenseConcluded", "licenseDeclared", "copyrightText", "packageFileName"];

    /// <summary>Validates the parsed document; returns the spdxVersion it claims.</summary>
    public string? Validate(JsonElement root, List<ValidationProblem> problems)
    {
        var rules = new SpdxRules(purlSyntax);
        var version = String(root, "spdxVersion", "", problems, required: true);
        SpdxRules.CheckVersion(version, version is null ? "" : "/spdxVersion", problems);
        var dataLicense = String(root, "dataLicense", "", problems, required: true);
        if (dataLicense is not null)
        {
            SpdxRules.CheckDataLicense(dataLicense, "/dataLicense", problems);
        }

        var documentId = String(root, "SPDXID", "", problems, required: true);
        if (documentId is not null)
        {
            if (documentId != "SPDXRef-DOCUMENT")
            {
                problems.Add(new ValidationProblem("/SPDXID", $"the document's SPDXID must be 'SPDXRef-DOCUMENT', not '{documentId}'"));
            }

            rules.Define(documentId, "/SPDXID", problems);
        }

        String(root, "name", "", problems, required: true);
        var documentNamespace = String(root, "documentNamespace", "", problems, required: true);
        if (documentNamespace is not null)
        {
            SpdxRules.CheckDocumentNamespace(documentNamespace, "/documentNamespace", problems);
        }

        if (Object(root, "creationInfo", "", problems, required: true) is { } creationInfo)
        {
            var created = String(creationInfo, "created", "/creationInfo", problems, required: true);
            if (created is not null)
            {
                SpdxRules.CheckCreated(created, "/creationInfo/created", problems);
            }

            var creators = Array(creationInfo, "creators", "/creationInfo", problems, required: true);
            if (creators is { } list && list.GetArrayLength() == 0)
            {
                problems.Add(new ValidationProblem("/creationInfo/creators", "must name at least one creator"));
            }

            ForEach(creators, "/creationInfo/creators", (creator, pointer) =>
            {
                if (creator.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new ValidationProblem(pointer, "must be a string"));
                }
                else
                {
                    SpdxRules.CheckCreator(creator.GetString()!, pointer, problems);
                }
            });
            String(creationInfo, "licenseListVersion", "/creationInfo", problems, required: false);
        }

        ForEachObject(root, "packages", problems, (package, pointer) =>
        {
            if (String(package, "SPDXID", pointer, problems, required: true) is { } id)
            {
                rules.Define(id, JsonPointer.Append(pointer, "SPDXID"), problems);
            }

            String(package, "name", pointer, problems, required: true);
            String(package, "downloadLocation", pointer, problems, required: true);
            foreach (var optional in OptionalPackageStrings)
            {
                String(package, optional, pointer, problems, required: false);
            }

            if (package.TryGetProperty("filesAnalyzed", out var analyzed) && analyzed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add(new ValidationProblem(JsonPointer.Append(pointer, "filesAnalyzed"), "must be true or false"));
            }

            ForEach(Array(package, "hasFiles", pointer, problems, required: false), JsonPointer.Append(pointer, "hasFiles"), (file, filePointer) => Reference(file, filePointer, rules, problems));
            ForEach(Array(package, "externalRefs", pointer, problems, required: false), JsonPointer.Append(pointer, "externalRefs"), (reference, refPointer) =>
            {
                if (reference.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new ValidationProblem(refPointer, "must be an object"));
                    return;
                }

                String(reference, "referenceCategory", refPointer, problems, required: true);
                var type = String(reference, "referenceType", refPointer, problems, required: true);
                var locator = String(reference, "referenceLocator", refPointer, problems, required: true);
                if (type == "purl" && locator is not null)
                {
                    rules.CheckPurl(locator, JsonPointer.Append(refPointer, "referenceLocator"), problems);
                }
            });
            CheckChecksums(package, pointer, problems);
        });

        ForEachObject(root, "files", problems, (file, pointer) =>
        {
            if (String(file, "SPDXID", pointer, problems, required: true) is { } id)
            {
                rules.Define(id, JsonPointer.Append(pointer, "SPDXID"), problems);
            }

            String(file, "fileName", pointer, problems, required: true);
            CheckChecksums(file, pointer, problems);
        });

        ForEachObject(root, "snippets", problems, (snippet, pointer) =>
        {
            if (String(snippet, "SPDXID", pointer, problems, required: true) is { } id)
            {
                rules.Define(id, JsonPointer.Append(pointer, "SPDXID"), problems);
            }

            if (String(snippet, "snippetFromFile", pointer, problems, required: true) is { } from)
            {
                rules.Refer(from, JsonPointer.Append(pointer, "snippetFromFile"));
            }
        });

        ForEach(Array(root, "documentDescribes", "", problems, required: false), "/documentDescribes", (described, pointer) => Reference(described, pointer, rules, problems));

        ForEachObject(root, "relationships", problems, (relationship, pointer) =>
        {
            if (String(relationship, "spdxElementId", pointer, problems, required: true) is { } element)
            {
                rules.Refer(element, JsonPointer.Append(pointer, "spdxElementId"));
            }

            if (String(relationship, "relationshipType", pointer, problems, required: true) is { } type && version is not null && SpdxRules.Versions.Contains(version))
            {
                SpdxRules.CheckRelationshipType(version, type, JsonPointer.Append(pointer, "relationshipType"), problems);
            }

            if (String(relationship, "relatedSpdxElement", pointer, problems, required: true) is { } related)
            {
                rules.Refer(related, JsonPointer.Append(pointer, "relatedSpdxElement"), noneAllowed: true);
            }
        });

        rules.CheckReferences(problems);
        return version;
    }

    private static void CheckChecksums(JsonElement owner, string pointer, List<ValidationProblem> problems) =>
        ForEach(Array(owner, "checksums", pointer, problems, required: false), JsonPointer.Append(pointer, "checksums"), (checksum, checksumPointer) =>
        {
            if (checksum.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ValidationProblem(checksumPointer, "must be an object"));
                return;
            }

            String(checksum, "algorithm", checksumPointer, problems, required: true);
            var value = String(checksum, "checksumValue", checksumPointer, problems, required: true);
            if (value is not null && !value.All(char.IsAsciiHexDigit))
            {
                problems.Add(new ValidationProblem(JsonPointer.Append(checksumPointer, "checksumValue"), "must be hexadecimal"));
            }
        });

    private static void Reference(JsonElement value, string pointer, SpdxRules rules, List<ValidationProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            rules.Refer(value.GetString()!, pointer);
        }
        else
        {
            problems.Add(new ValidationProblem(pointer, "must be a string (an SPDX identifier)"));
        }
    }

    private static void ForEachObject(JsonElement root, string name, List<ValidationProblem> problems, Action<JsonElement, string> action) =>
        ForEach(Array(root, name, "", problems, required: false), "/" + name, (item, pointer) =>
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                action(item, pointer);
            }
            else
            {
                problems.Add(new ValidationProblem(pointer, $"must be an object, not {JsonSchemaEvaluator.Preview(item)}"));
            }
        });

    private static void ForEach(JsonElement? array, string pointer, Action<JsonElement, string> action)
    {
        if (array is not { } items)
        {
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            action(item, JsonPointer.Append(pointer, index++));
        }
    }

    private static string? String(JsonElement owner, string name, string pointer, List<ValidationProblem> problems, bool required) =>
        Member(owner, name, pointer, problems, required, JsonValueKind.String, "a string") is { } value ? value.GetString() : null;

    private static JsonElement? Object(JsonElement owner, string name, string pointer, List<ValidationProblem> problems, bool required) =>
        Member(owner, name, pointer, problems, required, JsonValueKind.Object, "an object");

    private static JsonElement? Array(JsonElement owner, string name, string pointer, List<ValidationProblem> problems, bool required) =>
        Member(owner, name, pointer, problems, required, JsonValueKind.Array, "an array");

    private static JsonElement? Member(JsonElement owner, string name, string pointer, List<ValidationProblem> problems, bool required, JsonValueKind kind, string kindName)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            if (required)
            {
                problems.Add(new ValidationProblem(pointer, $"required property '{name}' is missing"));
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            problems.Add(new ValidationProblem(JsonPointer.Append(pointer, name), $"must be {kindName}, not {JsonSchemaEvaluator.Preview(value)}"));
            return null;
        }

        return value;
    }
}
