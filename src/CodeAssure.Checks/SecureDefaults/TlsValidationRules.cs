using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using static CodeAssure.Checks.Framework.FilePatterns;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>The rules of CA-DEFAULT-002: code, scripts and settings that turn off TLS certificate validation.</summary>
internal static class TlsValidationRules
{
    private static readonly Func<string, bool> DotNet = Extensions(".cs", ".vb", ".fs", ".csx");
    private static readonly Func<string, bool> JavaScript = Extensions(".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx");
    // Where commands and tool settings live (not source code or documentation, which may only mention them).
    private static readonly Func<string, bool> CommandsAndSettings = path =>
        IsScript(path) || IsCi(path) || IsYaml(path) || Extensions(".env", ".ini", ".cfg", ".conf", ".properties", ".toml")(path)
        || Names(".gitconfig", ".npmrc", ".yarnrc", ".yarnrc.yml", "pip.conf", "pip.ini", "package.json")(path)
        || RepositoryTextFiles.NameOf(path).StartsWith(".env", StringComparison.OrdinalIgnoreCase)
        || (RepositoryTextFiles.NameOf(path).StartsWith("requirements", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every rule, in the order documented in docs/config-checks.md.</summary>
    public static IReadOnlyList<TextRule> All { get; } =
    [
        TextRule.Create("dotnet-accept-any-certificate", DotNet,
            @"\b(?:ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback)\s*\+?=\s*(?:\([^)]*\)|\w+)\s*=>\s*true\b|\bDangerousAcceptAnyServerCertificateValidator\b",
            FindingLevel.High, "TLS certificate validation is turned off (a callback that accepts every certificate)", caseSensitive: true),
        TextRule.Create("python-verify-false", Extensions(".py"),
            @"\bverify\s*=\s*False\b|\bssl\._create_unverified_context\b|\bcert_reqs\s*=\s*(?:ssl\.)?CERT_NONE\b|\bcheck_hostname\s*=\s*False\b",
            FindingLevel.High, "TLS certificate validation is turned off (verify=False, an unverified context or CERT_NONE)", caseSensitive: true),
        TextRule.Create("node-reject-unauthorized", JavaScript,
            @"\brejectUnauthorized\s*:\s*false\b",
            FindingLevel.High, "TLS certificate validation is turned off (rejectUnauthorized: false)", caseSensitive: true),
        TextRule.Create("node-tls-reject-unauthorized-env", path => CommandsAndSettings(path) || JavaScript(path),
            @"\bNODE_TLS_REJECT_UNAUTHORIZED\b['""]?\]?\s*[=:]\s*['""]?0\b",
            FindingLevel.High, "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off TLS certificate validation for the whole Node.js process", caseSensitive: true),
        TextRule.Create("go-insecure-skip-verify", Extensions(".go"),
            @"\bInsecureSkipVerify\s*:\s*true\b",
            FindingLevel.High, "TLS certificate validation is turned off (InsecureSkipVerify: true)", caseSensitive: true),
        TextRule.Create("yaml-insecure-skip-verify", IsYaml,
            @"^\s*(?:insecure_skip_verify|insecureSkipVerify|insecure-skip-tls-verify|skip_tls_verify|tls_skip_verify)\s*:\s*['""]?true\b",
            FindingLevel.Medium, "a configuration turns off TLS certificate validation (insecure_skip_verify: true)"),
        TextRule.Create("java-trust-all", Extensions(".java", ".kt", ".scala", ".groovy"),
            @"\bcheckServerTrusted\s*\([^)]*\)\s*(?:throws\s+[\w.,\s]+)?\{\s*\}|\b(?:NoopHostnameVerifier|ALLOW_ALL_HOSTNAME_VERIFIER|TrustAllStrategy|InsecureTrustManagerFactory)\b",
            FindingLevel.High, "TLS certificate or host name validation is turned off (a trust-all TrustManager or host name verifier)", caseSensitive: true),
        TextRule.Create("curl-insecure", path => IsScript(path) || IsCi(path),
            @"\bcurl\b[^\n;|&]*?\s(?:--insecure|-[a-zA-Z]*k[a-zA-Z]*)(?=\s|$)|\bwget\b[^\n;|&]*?\s--no-check-certificate\b|\bInvoke-(?:WebRequest|RestMethod)\b[^\n;|]*-SkipCertificateCheck\b",
            FindingLevel.Medium, "a download skips TLS certificate validation (curl -k/--insecure, wget --no-check-certificate, -SkipCertificateCheck)", caseSensitive: true),
        TextRule.Create("git-ssl-verify-off", CommandsAndSettings,
            @"\bhttp\.sslVerify\s*(?:=\s*|\s+)['""]?(?:false|0)\b|\bGIT_SSL_NO_VERIFY\s*[=:]\s*['""]?(?:1|true)\b|^\s*sslVerify\s*=\s*false\b",
            FindingLevel.Medium, "git is told not to validate TLS certificates (http.sslVerify false / GIT_SSL_NO_VERIFY)"),
        TextRule.Create("package-manager-tls-off", CommandsAndSettings,
            @"\bstrict-ssl\s*[= ]\s*false\b|\bnpm\s+config\s+set\s+strict-ssl\s+false\b|--trusted-host\b|\bsslverify\s*=\s*(?:false|0)\b",
            FindingLevel.Medium, "a package manager is told not to validate TLS certificates (npm strict-ssl false, pip --trusted-host, sslverify=0)"),
    ];
}
