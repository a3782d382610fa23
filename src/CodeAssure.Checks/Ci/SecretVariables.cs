using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Ci;

/// <summary>Recognises CI variables whose name says they hold a secret and whose value is written out literally.</summary>
internal static partial class SecretVariables
{
    /// <summary>True when a variable name says it holds a credential (DB_PASSWORD, NPM_TOKEN, AWS_SECRET_ACCESS_KEY …).</summary>
    public static bool IsSecretName(string name) =>
        (SecretName().IsMatch(name) || CamelSecretName().IsMatch(name)) && !NotASecret().IsMatch(name) && !CamelNotASecret().IsMatch(name);

    /// <summary>True when a value is a literal (not a reference to a secret store or another variable) worth reporting.</summary>
    public static bool IsLiteralValue(string value)
    {
        var text = value.Trim();
        return text.Length >= 4
            && !text.Contains('$', StringComparison.Ordinal)
            && !text.Contains("{{", StringComparison.Ordinal)
            && text.ToUpperInvariant() is not ("TRUE" or "FALSE" or "YES" or "NO" or "NULL" or "NONE");
    }

    [GeneratedRegex(@"(^|[_.\-])(PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY|CREDENTIALS?|AUTH_KEY)([_.\-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    // camelCase and PascalCase names, common in Azure Pipelines: sqlPassword, NuGetApiKey, registryToken.
    [GeneratedRegex(@"(^|[a-z0-9])(Password|Passwd|Pwd|Secret|Token|ApiKey|AccessKey|SecretKey|PrivateKey|Credentials?)([A-Z_.\-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CamelSecretName();

    [GeneratedRegex(@"[a-z0-9](Url|Uri|File|Path|Name|User|UserName|Id|Header|Type|Endpoint|Expiry|Length)$", RegexOptions.CultureInvariant)]
    private static partial Regex CamelNotASecret();

    // Names about a secret rather than holding one: where it is, who it belongs to, what kind it is.
    [GeneratedRegex(@"[_.\-](URL|URI|FILE|PATH|NAME|USER|USERNAME|ID|HEADER|TYPE|ENDPOINT|EXPIRY|LENGTH)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotASecret();
}
