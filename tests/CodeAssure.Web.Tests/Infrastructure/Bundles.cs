using System.Text;
using System.Text.Json;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Evidence bundles in the documented format (docs/evidence-bundle.schema.json).</summary>
internal static class Bundles
{
    public static byte[] Minimal(int checks = 0)
    {
        var bundle = new
        {
            schemaVersion = "1.0",
            tool = new { name = "codeassure", version = "0.1.0" },
            catalogVersion = "2025.05",
            scannedAt = "2026-11-23T10:00:00Z",
            subject = new { name = "example-repo", commit = (string?)null },
            role = "developer-distributor",
            checks = Enumerable.Range(0, checks).Select(i => new
            {
                id = $"CA-TEST-{i:D6}",
                title = "A check padded to make the bundle large enough for the size test",
                principles = new[] { "1.1" },
                claims = new[] { "1.1.1" },
                status = "met",
                findings = Array.Empty<object>(),
                facts = new { note = new string('x', 200) },
            }),
            principles = Array.Empty<object>(),
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(bundle));
    }
}
