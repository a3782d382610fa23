using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Validates a CycloneDX XML BOM against the official XSD of the version named by its namespace, with DTDs
/// prohibited and no resolver (no external entities, no network), then the reference rules the XSD cannot express.
/// </summary>
internal sealed class CycloneDxXmlValidator(CycloneDxSchemas schemas, IPurlSyntax purlSyntax)
{
    /// <summary>The namespace prefix of every CycloneDX XML version; the version follows it.</summary>
    public const string NamespacePrefix = "http://cyclonedx.org/schema/bom/";

    /// <summary>Largest document read, in characters, so a hostile file cannot exhaust memory.</summary>
    private const long MaxCharacters = 512L * 1024 * 1024;

    /// <summary>Validates the XML text whose root element is in <paramref name="rootNamespace"/>; returns the version.</summary>
    public string? Validate(string text, string rootNamespace, List<ValidationProblem> problems)
    {
        var version = rootNamespace.StartsWith(NamespacePrefix, StringComparison.Ordinal) ? rootNamespace[NamespacePrefix.Length..] : null;
        if (version is null)
        {
            problems.Add(new ValidationProblem("", $"the root element's namespace '{rootNamespace}' is not a CycloneDX namespace ({NamespacePrefix}1.x)"));
            return null;
        }

        var settings = SecureSettings();
        if (CycloneDxSchemas.Versions.Contains(version))
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas.XmlFor(version);
            // Warnings are only "no schema for this lax-processed extension element"; extensions are allowed.
            settings.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error)
                {
                    problems.Add(new ValidationProblem(Location(e.Exception.LineNumber, e.Exception.LinePosition), CleanMessage(e.Message)));
                }
            };
        }
        else
        {
            problems.Add(new ValidationProblem("", $"CycloneDX {version}: schema not available (XSDs are embedded for {string.Join(", ", CycloneDxSchemas.Versions)})"));
        }

        var references = new CycloneDxReferences();
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var lineInfo = (IXmlLineInfo)reader;
        var inDependencies = 0;
        string? purlLocation = null;
        try
        {
            while (reader.Read())
            {
                var here = Location(lineInfo.LineNumber, lineInfo.LinePosition);
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var isBom = reader.NamespaceURI == rootNamespace;
                        if (isBom && reader.LocalName == "dependencies" && reader.Depth == 1 && !reader.IsEmptyElement)
                        {
                            inDependencies = 1;
                        }

                        if (reader.GetAttribute("bom-ref") is { } bomRef)
                        {
                            references.AddBomRef(bomRef, here);
                        }

                        if (isBom && inDependencies > 0 && reader.LocalName is "dependency" or "provides" && reader.GetAttribute("ref") is { } dependencyRef)
                        {
                            references.AddDependencyRef(dependencyRef, here);
                        }

                        purlLocation = isBom && reader.LocalName == "purl" && !reader.IsEmptyElement ? here : null;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when purlLocation is not null:
                        references.AddPurl(reader.Value.Trim(), purlLocation);
                        purlLocation = null;
                        break;
                    case XmlNodeType.EndElement:
                        if (inDependencies > 0 && reader.Depth == 1 && reader.LocalName == "dependencies")
                        {
                            inDependencies = 0;
                        }

                        purlLocation = null;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            problems.Add(new ValidationProblem(Location(e.LineNumber, e.LinePosition), $"not well-formed XML: {CleanMessage(e.Message)}"));
            return version;
        }

        references.Check(purlSyntax, problems, reportDuplicates: !CycloneDxSchemas.Versions.Contains(version));
        return version;
    }

    /// <summary>Reader settings that refuse DTDs (so no entity expansion, internal or external) and never resolve anything.</summary>
    internal static XmlReaderSettings SecureSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    internal static string Location(int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(line, 1)}:{Math.Max(column, 1)}");

    /// <summary>XmlException messages end with " Line n, position m." — the location is reported separately.</summary>
    private static string CleanMessage(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        var cleaned = at > 0 ? message[..at] : message;
        return CliOneLine(cleaned);
    }

    private static string CliOneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
