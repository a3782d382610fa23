using System.Security.Cryptography;
using System.Text;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>Builds findings the same way for every CI check: a location, a message, and a fingerprint that survives line moves.</summary>
internal static class CiFindings
{
    public static CheckFinding At(CiCheck check, string path, int? line, string message, string? value = null, string? rule = null, FindingLevel? level = null, string? context = null)
    {
        return new CheckFinding
        {
            CheckId = check.Id,
            RuleId = rule,
            Level = level ?? check.Level,
            Message = message,
            Location = new SourceLocation(path, line),
            Value = value,
            Fingerprint = Fingerprint(check.Id, rule, path, context ?? value ?? message),
        };
    }

    public static CheckFinding At(CiCheck check, CiYamlDocument document, YamlNode node, string message, string? value = null, string? rule = null, FindingLevel? level = null, string? context = null) =>
        At(check, document.Path, node.Line, message, value, rule, level, context);

    public static string Fingerprint(params string?[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <summary>Shows only the start of a secret-looking value.</summary>
    public static string Redact(string value) =>
        value.Length <= 4 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 2), new string('*', Math.Min(value.Length - 2, 8)));
}
