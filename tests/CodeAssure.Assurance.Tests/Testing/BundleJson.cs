using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CodeAssure.Assurance.Tests.Testing;

/// <summary>Writes evidence bundles in the documented format 1.0 (docs/evidence-schema.md) for tests and the benchmark.</summary>
internal static class BundleJson
{
    public static JsonObject Check(string id, string status, string[] claims, JsonArray? findings = null, JsonObject? facts = null) => new()
    {
        ["id"] = id,
        ["title"] = $"Check {id}",
        ["principles"] = new JsonArray([.. claims.Select(c => (JsonNode)c[..c.LastIndexOf('.')]).Distinct()]),
        ["claims"] = new JsonArray([.. claims.Select(c => (JsonNode)c)]),
        ["status"] = status,
        ["note"] = null,
        ["findings"] = findings ?? [],
        ["facts"] = facts ?? [],
    };

    public static JsonObject Finding(string checkId, string message, string? path = null, int? line = null, string? commit = null) => new()
    {
        ["checkId"] = checkId,
        ["ruleId"] = "rule-1",
        ["level"] = "high",
        ["message"] = message,
        ["location"] = path is null ? null : new JsonObject { ["path"] = path, ["line"] = line, ["column"] = null, ["commit"] = commit, ["author"] = null },
        ["value"] = null,
        ["fingerprint"] = "abc",
    };

    public static JsonObject Claim(string id, string status, params string[] checks) => new()
    {
        ["id"] = id,
        ["statement"] = $"Statement of {id}",
        ["status"] = status,
        ["checks"] = new JsonArray([.. checks.Select(c => (JsonNode)c)]),
        ["reason"] = $"reason for {id}",
    };

    public static JsonObject Bundle(JsonArray checks, JsonArray claims, string schemaVersion = "1.0", string role = "developer-distributor") => new()
    {
        ["schemaVersion"] = schemaVersion,
        ["tool"] = new JsonObject { ["name"] = "CodeAssure", ["version"] = "0.1.0" },
        ["catalogVersion"] = Catalogs.Real.Version,
        ["scannedAt"] = "2026-11-23T13:00:00+00:00",
        ["subject"] = new JsonObject { ["name"] = "shop", ["commit"] = "d334580ce98d0000000000000000000000000000" },
        ["role"] = role,
        ["checks"] = checks,
        ["principles"] = new JsonArray(new JsonObject { ["id"] = "x", ["statement"] = "grouping", ["status"] = "met", ["claims"] = claims }),
    };

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>A realistic bundle of about <paramref name="targetBytes"/>: every claim, checks with many findings (as a large secrets scan gives).</summary>
    public static byte[] Large(int targetBytes)
    {
        var claims = Catalogs.Real.Claims.Select(c => c.Id.ToString()).ToArray();
        var checks = new JsonArray();
        var claimNodes = new JsonArray();
        for (var i = 0; i < claims.Length; i++)
        {
            var checkId = string.Create(CultureInfo.InvariantCulture, $"CA-BENCH-{i:000}");
            checks.Add(Check(checkId, i % 3 == 0 ? "failed" : "passed", [claims[i]], facts: new JsonObject { ["count"] = "12", ["version"] = "1.2.3" }));
            claimNodes.Add(Claim(claims[i], i % 3 == 0 ? "not-met" : i % 3 == 1 ? "met" : "needs-human-evidence", checkId));
        }

        var bundle = Bundle(checks, claimNodes);
        var size = Bytes(bundle).Length;
        var n = 0;
        while (size < targetBytes)
        {
            var check = (JsonObject)checks[n % checks.Count]!;
            var findings = (JsonArray)check["findings"]!;
            var finding = Finding(check["id"]!.GetValue<string>(), $"possible hard-coded credential number {n} in a configuration file",
                $"src/module{n % 97}/settings{n}.json", (n % 400) + 1, "0123456789abcdef0123456789abcdef01234567");
            findings.Add(finding);
            size += finding.ToJsonString().Length + 1;
            n++;
        }

        return Bytes(bundle);
    }
}
