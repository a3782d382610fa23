using System.Text;
using System.Text.Json;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>SBOM documents for the tests, written as their specifications describe them.</summary>
internal static class Sboms
{
    /// <summary>A CycloneDX 1.6 JSON document listing the given package URLs (name and version taken from each).</summary>
    public static byte[] CycloneDxJson(params string[] purls)
    {
        var bom = new
        {
            bomFormat = "CycloneDX",
            specVersion = "1.6",
            serialNumber = "urn:uuid:" + Guid.NewGuid(),
            version = 1,
            metadata = new { component = new { type = "application", name = "widget", version = "1.0.0", bomRef = "widget" } },
            components = purls.Select(p => new
            {
                type = "library",
                name = NameOf(p),
                version = p[(p.LastIndexOf('@') + 1)..],
                purl = p,
            }).ToArray(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(bom);
    }

    /// <summary>The same as CycloneDX 1.6 XML.</summary>
    public static byte[] CycloneDxXml(params string[] purls)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\">\n<components>\n");
        foreach (var p in purls)
        {
            text.Append("<component type=\"library\"><name>").Append(NameOf(p)).Append("</name><version>")
                .Append(p[(p.LastIndexOf('@') + 1)..]).Append("</version><purl>").Append(p).Append("</purl></component>\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("</components>\n</bom>\n").ToString());
    }

    /// <summary>An SPDX 2.3 tag-value document with one package per purl.</summary>
    public static byte[] SpdxTagValue(params string[] purls)
    {
        var text = new StringBuilder("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: widget\n")
            .Append("DocumentNamespace: https://example.test/spdx/widget-").Append(Guid.NewGuid()).Append('\n')
            .Append("Creator: Tool: test\nCreated: 2026-01-15T00:00:00Z\n");
        var i = 0;
        foreach (var p in purls)
        {
            i++;
            text.Append("\nPackageName: ").Append(NameOf(p)).Append("\nSPDXID: SPDXRef-Package-").Append(i)
                .Append("\nPackageVersion: ").Append(p[(p.LastIndexOf('@') + 1)..])
                .Append("\nPackageDownloadLocation: NOASSERTION\nExternalRef: PACKAGE-MANAGER purl ").Append(p).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string NameOf(string purl)
    {
        var path = purl[(purl.IndexOf('/') + 1)..purl.LastIndexOf('@')];
        return path[(path.LastIndexOf('/') + 1)..];
    }
}
