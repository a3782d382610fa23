using System.Collections.Frozen;
using System.Text;
using static CodeAssure.Sbom.PackageUrls.PackageUrlTypeRules;

namespace CodeAssure.Sbom.PackageUrls;

/// <summary>
/// The registered purl types (purl-spec <c>purl-types-index.json</c>) and their rules, transcribed from each
/// <c>types/&lt;type&gt;-definition.json</c>: only what differs from the defaults (namespace optional, every component
/// case sensitive) is written. A type that is not registered gets the core specification's rules only.
/// </summary>
internal static class PackageUrlTypes
{
    private static readonly FrozenDictionary<string, PackageUrlTypeRules> Registered = new PackageUrlTypeRules[]
    {
        new("alpm") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("apk") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("bazel") { Namespace = ComponentRequirement.Prohibited },
        new("bitbucket") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("bitnami") { Namespace = ComponentRequirement.Prohibited, NameCase = CaseRule.Lower },
        new("brew") { NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("cargo") { Namespace = ComponentRequirement.Prohibited },
        new("chrome-extension")
        {
            Namespace = ComponentRequirement.Prohibited,
            NameCase = CaseRule.Lower,
            NamePattern = Pattern(@"^[a-p]{32}$"),
            VersionPattern = Pattern(@"^\d+(\.\d+){0,3}$"),
        },
        new("cocoapods") { Namespace = ComponentRequirement.Prohibited, Check = CheckCocoaPodsName },
        new("composer") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("conan"),
        new("conda") { Namespace = ComponentRequirement.Prohibited },

        // Namespace note: the CPAN author ID "shall be uppercase"; name note: "shall not contain the string '::'".
        new("cpan") { NamespaceCase = CaseRule.Upper, Check = CheckCpanName },
        new("cran") { Namespace = ComponentRequirement.Prohibited },
        new("deb") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("docker"),
        new("gem") { Namespace = ComponentRequirement.Prohibited },
        new("generic"),
        new("git") { Namespace = ComponentRequirement.Required, NamespaceIsHost = true },
        new("github") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("golang") { Namespace = ComponentRequirement.Required },
        new("hackage") { Namespace = ComponentRequirement.Prohibited },
        new("hex") { NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("huggingface") { Namespace = ComponentRequirement.Required, VersionCase = CaseRule.Lower },
        new("julia") { Namespace = ComponentRequirement.Prohibited, RequiredQualifiers = ["uuid"] },
        new("luarocks") { NamespaceCase = CaseRule.Lower, NameCase = CaseRule.Lower },
        new("maven") { Namespace = ComponentRequirement.Required },

        // Name note: case insensitive (lower-cased) on Databricks, case sensitive elsewhere (e.g. Azure ML).
        new("mlflow") { Namespace = ComponentRequirement.Prohibited, NormalizeNameInContext = NormalizeMlflowName },
        new("npm"),
        new("nuget") { Namespace = ComponentRequirement.Prohibited },
        new("oci") { Namespace = ComponentRequirement.Prohibited, NameCase = CaseRule.Lower, VersionCase = CaseRule.Lower },
        new("opam") { Namespace = ComponentRequirement.Prohibited },
        new("otp") { Namespace = ComponentRequirement.Prohibited, NameCase = CaseRule.Lower, SubpathCase = CaseRule.Lower },
        new("pub")
        {
            Namespace = ComponentRequirement.Prohibited,
            NameCase = CaseRule.Lower,
            NamePattern = Pattern(@"^[a-z0-9_]"),
            NormalizeName = NormalizePubName,
        },
        new("pypi")
        {
            Namespace = ComponentRequirement.Prohibited,
            NameCase = CaseRule.Lower,
            VersionCase = CaseRule.Lower,
            NormalizeName = name => name.Replace('_', '-'),
        },
        new("qpkg") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower },
        new("rpm") { Namespace = ComponentRequirement.Required, NamespaceCase = CaseRule.Lower },

        // Namespace note: "A maximum of two segments are supported"; tag_id note: a GUID "shall be lowercase".
        new("swid") { RequiredQualifiers = ["tag_id"], MaxNamespaceSegments = 2 },
        new("swift") { Namespace = ComponentRequirement.Required },
        new("vcpkg") { Namespace = ComponentRequirement.Prohibited },
        new("vscode-extension")
        {
            Namespace = ComponentRequirement.Required,
            NamespaceCase = CaseRule.Lower,
            NameCase = CaseRule.Lower,
            VersionCase = CaseRule.Lower,
        },

        // repository_url note: "The URL scheme is mandatory and shall be one of https, http, ssh, or git."
        new("yocto") { NamespaceCase = CaseRule.Lower, Check = CheckYoctoRepositoryUrl },
    }.ToFrozenDictionary(rules => rules.Type, StringComparer.Ordinal);

    /// <summary>The rules of a (lower-case) type; an unregistered type gets the defaults.</summary>
    public static PackageUrlTypeRules For(string type) =>
        Registered.TryGetValue(type, out var rules) ? rules : new PackageUrlTypeRules(type);

    /// <summary>Whether the type is registered in the purl specification.</summary>
    public static bool IsRegistered(string type) => Registered.ContainsKey(type);

    /// <summary>The swid definition's note: a tag_id that is a GUID "shall be lowercase".</summary>
    public static string NormalizeQualifierValue(string type, string key, string value) =>
        type == "swid" && key == "tag_id" && Guid.TryParseExact(value, "D", out _) ? value.ToLowerInvariant() : value;

    // pub: "Replace non-[a-z] letters, non-[0-9] digits with underscore _".
    private static string NormalizePubName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var isOtherLetterOrDigit = Rune.IsLetterOrDigit(rune) && !(rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value));
            builder.Append(isOtherLetterOrDigit ? "_" : rune.ToString());
        }

        return builder.ToString();
    }

    private static string NormalizeMlflowName(string name, IReadOnlyDictionary<string, string> qualifiers) =>
        qualifiers.TryGetValue("repository_url", out var url) && IsDatabricks(url) ? PackageUrlText.ToLower(name) : name;

    private static bool IsDatabricks(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        return host.Contains("databricks", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CheckCpanName(PackageUrl purl) =>
        purl.Name.Contains("::", StringComparison.Ordinal)
            ? $"cpan name '{PackageUrlText.Printable(purl.Name)}' is a module name; a distribution name shall not contain '::'"
            : null;

    // cocoapods name note: it "cannot contain whitespace, a plus (+) character, or begin with a period (.)".
    private static string? CheckCocoaPodsName(PackageUrl purl)
    {
        var name = purl.Name;
        if (name.StartsWith('.'))
        {
            return "cocoapods name shall not begin with a period";
        }

        return name.Any(c => c == '+' || char.IsWhiteSpace(c)) ? "cocoapods name shall not contain whitespace or '+'" : null;
    }

    private static string? CheckYoctoRepositoryUrl(PackageUrl purl)
    {
        if (!purl.Qualifiers.TryGetValue("repository_url", out var url))
        {
            return null;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? url[..colon].ToLowerInvariant() : "";
        return scheme is "https" or "http" or "ssh" or "git"
            ? null
            : "yocto repository_url shall use the https, http, ssh or git scheme";
    }
}
