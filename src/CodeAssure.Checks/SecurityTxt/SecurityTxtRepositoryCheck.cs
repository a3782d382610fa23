using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// Check CA-VDP-002 (principle 3.2, claim 3.2.1): finds the security.txt files a repository would publish and
/// validates each against RFC 9116 at a given time. (CA-VDP-001 is the SECURITY.md check.)
/// </summary>
public static class SecurityTxtRepositoryCheck
{
    /// <summary>The check id of every finding this check reports.</summary>
    public const string CheckId = "CA-VDP-002";

    /// <summary>Where a repository usually keeps the security.txt its website serves, relative to its root.</summary>
    public static IReadOnlyList<string> CandidatePaths { get; } =
    [
        ".well-known/security.txt",
        "security.txt",
        "docs/security.txt",
        "public/.well-known/security.txt",
        "static/.well-known/security.txt",
        "wwwroot/.well-known/security.txt",
    ];

    /// <summary>Finds and validates the repository's security.txt files at the time the provider gives.</summary>
    public static IReadOnlyList<CheckFinding> Run(string repositoryFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Run(repositoryFolder, time.GetUtcNow());
    }

    /// <summary>
    /// Finds and validates the repository's security.txt files at <paramref name="at"/>: one finding per problem
    /// (errors Medium, warnings Low), an Info finding for each valid file, and an Info finding when there is none.
    /// </summary>
    public static IReadOnlyList<CheckFinding> Run(string repositoryFolder, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryFolder);
        if (!Directory.Exists(repositoryFolder))
        {
            throw new DirectoryNotFoundException($"folder not found: {repositoryFolder}");
        }

        var findings = new List<CheckFinding>();
        foreach (var relative in CandidatePaths)
        {
            var path = Path.Combine(repositoryFolder, relative.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                findings.AddRange(Check(relative, ReadCapped(path), at));
            }
        }

        if (findings.Count == 0)
        {
            findings.Add(new CheckFinding
            {
                CheckId = CheckId,
                RuleId = "not-found",
                Level = FindingLevel.Info,
                Message = $"no security.txt in the repository (looked in {string.Join(", ", CandidatePaths)}); publish one at https://<your domain>/.well-known/security.txt (RFC 9116)",
                Fingerprint = Fingerprint("not-found", ""),
            });
        }

        return findings;
    }

    private static IEnumerable<CheckFinding> Check(string relative, byte[] content, DateTimeOffset at)
    {
        var result = SecurityTxtValidator.Validate(content, at);
        foreach (var problem in result.Problems)
        {
            var error = problem.Severity == SecurityTxtSeverity.Error;
            yield return new CheckFinding
            {
                CheckId = CheckId,
                RuleId = error ? "rfc9116-error" : "rfc9116-warning",
                Level = error ? FindingLevel.Medium : FindingLevel.Low,
                Message = $"security.txt: {problem.Message}",
                Location = new SourceLocation(relative, problem.Line),
                // Without the line or the digits (dates, counts), so a finding is recognised again after lines move or time passes.
                Fingerprint = Fingerprint(relative, new string(problem.Message.Where(c => !char.IsAsciiDigit(c)).ToArray())),
            };
        }

        if (result.IsValid)
        {
            var document = result.Document;
            var expires = document.Expires!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new CheckFinding
            {
                CheckId = CheckId,
                RuleId = "valid",
                Level = FindingLevel.Info,
                Message = $"{relative} is a valid security.txt (RFC 9116): {document.Contacts.Count} contact(s), expires {expires}{(document.IsSigned ? ", OpenPGP-signed (signature not verified)" : "")}",
                Location = new SourceLocation(relative),
                Value = string.Join(", ", document.Contacts.Select(c => c.OriginalString)),
                Fingerprint = Fingerprint(relative, "valid"),
            };
        }
    }

    private static byte[] ReadCapped(string path)
    {
        using var stream = File.OpenRead(path);
        // One byte past the limit is enough for the validator to report the file as too large.
        var buffer = new byte[(int)Math.Min(stream.Length, SecurityTxtValidator.MaxBytes + 1L)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static string Fingerprint(string path, string message) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{CheckId}\n{path}\n{message}")))[..32];
}
