using System.Globalization;
using System.Text.RegularExpressions;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using static CodeAssure.Checks.Framework.FilePatterns;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>
/// CA-DEFAULT-001: no well-known default passwords in configuration or seed data (principle 1.4, claim 1.4.3).
/// Levels by where the password is: High in application configuration, Helm values and SQL seed data; Medium in
/// Docker Compose, .env files and templates (they are often copied into production as they are); Low in files
/// named for development; Info in test code and CI definitions (service containers that never ship).
/// </summary>
public sealed class DefaultPasswordsCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-DEFAULT-001",
        "No default passwords in configuration or seed data",
        [PrincipleId.Parse("1.4")],
        [ClaimId.Parse("1.4.3")],
        "Password settings (password, passwd, pwd, POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD, connection strings, URLs) in appsettings*.json, .env, compose, YAML, .properties, .ini, .conf, .config, .toml files and SQL INSERT seed rows whose value, or unsalted MD5/SHA-1/SHA-256 hash, is a well-known default (docs/config-checks.md).",
        "Remove the default: generate a unique password at installation (or require the administrator to set one on first start) and read it from a secret store or the environment.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new RepositoryTextFiles(context);
        var findings = new List<CheckFinding>();
        var read = 0;
        foreach (var path in files.Paths.Where(IsConfiguration))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (files.ReadText(path) is not { } text)
            {
                continue;
            }

            read++;
            try
            {
                var sql = path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
                var lines = text.Split('\n');
                var entries = sql ? SqlSeedPasswords.Read(text).ToList() : PasswordSettings.Read(lines).ToList();
                var users = sql ? [] : PasswordSettings.UserNames(lines);
                foreach (var entry in entries)
                {
                    var plain = WellKnownPasswords.IsDefault(entry.Value) ? entry.Value : WellKnownPasswords.HashedDefault(entry.Value);
                    if (plain is null)
                    {
                        if (users.Contains(entry.Value))
                        {
                            findings.Add(new CheckFinding
                            {
                                CheckId = Descriptor.Id,
                                RuleId = "password-same-as-user-name",
                                Level = LevelOf(path),
                                Message = $"'{entry.Key}' is the same as a user name set in the file: a guessable default{Where(path)}",
                                Location = new SourceLocation(path, entry.Line),
                                Fingerprint = $"password-same-as-user-name|{path}|{entry.Key}",
                            });
                        }

                        continue;
                    }

                    var hashed = !WellKnownPasswords.IsDefault(entry.Value);
                    findings.Add(new CheckFinding
                    {
                        CheckId = Descriptor.Id,
                        RuleId = path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) ? "seed-data-default-password" : "configuration-default-password",
                        Level = LevelOf(path),
                        Message = $"'{entry.Key}' is set to the well-known default password '{plain.ToLowerInvariant()}'{(hashed ? " (as an unsalted hash)" : "")}{Where(path)}",
                        Location = new SourceLocation(path, entry.Line),
                        Value = plain.ToLowerInvariant(),
                        Fingerprint = $"default-password|{path}|{entry.Key}|{plain.ToLowerInvariant()}",
                    });
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological text: nothing is said about this file rather than stalling the scan.
            }
        }

        var facts = new Dictionary<string, string>
        {
            ["filesRead"] = read.ToString(CultureInfo.InvariantCulture),
            ["defaultPasswords"] = findings.Count.ToString(CultureInfo.InvariantCulture),
            ["listSize"] = WellKnownPasswords.Values.Count.ToString(CultureInfo.InvariantCulture),
        };
        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }

    /// <summary>True for the files this check reads.</summary>
    internal static bool IsConfiguration(string path)
    {
        var name = RepositoryTextFiles.NameOf(path).ToLowerInvariant();
        if (IsDocumentation(path))
        {
            return false;
        }

        return name.StartsWith(".env", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal)
            || IsYaml(path) || IsDockerfile(path)
            || Extensions(".properties", ".ini", ".conf", ".cfg", ".cnf", ".toml", ".config", ".sql", ".xml")(path) && !name.EndsWith("proj", StringComparison.Ordinal)
            || (name.EndsWith(".json", StringComparison.Ordinal) && (name.Contains("settings", StringComparison.Ordinal) || name.Contains("config", StringComparison.Ordinal) || name.Contains("secrets", StringComparison.Ordinal)));
    }

    private static FindingLevel LevelOf(string path)
    {
        if (TestPaths.IsTest(path) || IsCi(path))
        {
            return FindingLevel.Info;
        }

        if (IsDevelopmentOnly(path))
        {
            return FindingLevel.Low;
        }

        var name = RepositoryTextFiles.NameOf(path).ToLowerInvariant();
        return IsTemplate(path) || IsCompose(path) || IsDockerfile(path) || name.StartsWith(".env", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal)
            ? FindingLevel.Medium
            : FindingLevel.High;
    }

    private static string Where(string path) =>
        TestPaths.IsTest(path) ? " (test code)" : IsCi(path) ? " (CI definition)" : IsDevelopmentOnly(path) ? " (development file)" : "";
}
