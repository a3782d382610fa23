using System.Text.Json;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>Finds the raw CVSS objects of a document, for the schema test 6.1.8 that must see them as written.</summary>
internal static class CvssObjects
{
    /// <summary>Every <c>cvss_v2</c>/<c>cvss_v3</c> object with its pointer and CVSS version (null when it cannot be told).</summary>
    public static IEnumerable<(JsonElement Cvss, string Path, string? Version)> All(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("vulnerabilities", out var vulnerabilities)
            || vulnerabilities.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var v = 0;
        foreach (var vulnerability in vulnerabilities.EnumerateArray())
        {
            if (vulnerability.ValueKind == JsonValueKind.Object && vulnerability.TryGetProperty("scores", out var scores) && scores.ValueKind == JsonValueKind.Array)
            {
                var s = 0;
                foreach (var score in scores.EnumerateArray())
                {
                    if (score.ValueKind == JsonValueKind.Object)
                    {
                        if (score.TryGetProperty("cvss_v2", out var v2))
                        {
                            yield return (v2, $"/vulnerabilities/{v}/scores/{s}/cvss_v2", "2.0");
                        }

                        if (score.TryGetProperty("cvss_v3", out var v3))
                        {
                            yield return (v3, $"/vulnerabilities/{v}/scores/{s}/cvss_v3", V3Version(v3));
                        }
                    }

                    s++;
                }
            }

            v++;
        }
    }

    // The version member decides; without it, the vector's prefix does.
    private static string? V3Version(JsonElement cvss)
    {
        if (cvss.ValueKind != JsonValueKind.Object)
        {
            return "3.1";
        }

        if (cvss.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString() is "3.0" or "3.1")
        {
            return version.GetString();
        }

        if (cvss.TryGetProperty("vectorString", out var vector) && vector.ValueKind == JsonValueKind.String)
        {
            var text = vector.GetString()!;
            return text.StartsWith("CVSS:3.0/", StringComparison.Ordinal) ? "3.0" : text.StartsWith("CVSS:3.1/", StringComparison.Ordinal) ? "3.1" : null;
        }

        return null;
    }
}
