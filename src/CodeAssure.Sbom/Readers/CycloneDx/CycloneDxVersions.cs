namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>The CycloneDX specification versions this reader understands.</summary>
internal static class CycloneDxVersions
{
    /// <summary>JSON exists from 1.2; XML from 1.0.</summary>
    public static readonly string[] Json = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];

    public static readonly string[] Xml = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];

    /// <summary>The XML namespace of each version is this prefix plus the version.</summary>
    public const string XmlNamespacePrefix = "http://cyclonedx.org/schema/bom/";
}
