using System.Xml;
using System.Xml.Linq;

namespace CodeAssure.Assurance.Tests.Testing;

/// <summary>Parses SVG the safe way (DTDs prohibited), proving a chart is well-formed XML.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    public static void AssertSafeAndAccessible(string svg)
    {
        var document = Parse(svg);
        var root = document.Root!;
        Assert.Equal(Ns + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        var labelledBy = ((string?)root.Attribute("aria-labelledby"))!.Split(' ');
        Assert.Equal(2, labelledBy.Length);
        Assert.Equal(Ns + "title", root.Elements().First().Name);
        Assert.Equal(Ns + "desc", root.Elements().Skip(1).First().Name);
        Assert.All(labelledBy, id => Assert.Contains(root.Elements(), e => (string?)e.Attribute("id") == id));
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "foreignObject" or "image" or "use" or "a" or "style");
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName == "href");
    }
}
