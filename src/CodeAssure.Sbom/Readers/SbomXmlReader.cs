using System.Xml;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.CycloneDx;
using CodeAssure.Sbom.Readers.Spdx;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers;

/// <summary>
/// Opens XML safely (no DTD, no entity or external resolution, size-limited) and hands it to the reader its root
/// element calls for: CycloneDX <c>bom</c> or SPDX 2 <c>Document</c>.
/// </summary>
internal static class SbomXmlReader
{
    public static SbomDocument Read(Stream stream, string sourceName, SbomReadOptions options)
    {
        var settings = new XmlReaderSettings
        {
            // A DOCTYPE is refused outright: it is how XXE and entity-expansion ("billion laughs") attacks start.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxInputBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };

        using var reader = XmlReader.Create(stream, settings);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw At(reader, sourceName, "the XML document has no root element");
            }

            if (reader.LocalName == "bom" && reader.NamespaceURI.StartsWith(CycloneDxVersions.XmlNamespacePrefix, StringComparison.Ordinal))
            {
                return CycloneDxXmlReader.Read(reader, sourceName, options);
            }

            if (reader.LocalName is "Document" or "SpdxDocument" && reader.NamespaceURI.Length == 0)
            {
                using var tokens = new XmlTokenReader(reader, sourceName, options);
                return Spdx2StructuredReader.Read(tokens);
            }

            if (reader.LocalName == "RDF" && reader.NamespaceURI == "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            {
                throw At(reader, sourceName, "SPDX RDF/XML is not supported: convert it to SPDX JSON, YAML, XML or tag-value");
            }

            throw At(reader, sourceName,
                $"not a recognised SBOM: root element <{reader.Name}> in namespace '{reader.NamespaceURI}' (expected a CycloneDX <bom> or an SPDX <Document>)");
        }
        catch (XmlException e)
        {
            throw Malformed(e, reader, sourceName);
        }
    }

    public static SbomFormatException At(XmlReader reader, string sourceName, string reason) =>
        reader is IXmlLineInfo info && info.HasLineInfo()
            ? new SbomFormatException(sourceName, info.LineNumber, info.LinePosition, reason)
            : new SbomFormatException(sourceName, 1, 1, reason);

    private static SbomFormatException Malformed(XmlException e, XmlReader reader, string sourceName)
    {
        // Some errors (e.g. a prohibited DTD) carry no position of their own; the reader still knows where it is.
        var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition)
            : reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
        var reason = e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "XML with a DOCTYPE is refused: DTDs and entities allow external-entity (XXE) and entity-expansion attacks"
            : $"malformed XML: {StripPosition(e.Message)}";
        return new SbomFormatException(sourceName, Math.Max(line, 1), Math.Max(column, 1), reason, e);
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
