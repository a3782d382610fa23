using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.PackageUrls;

/// <summary>Whether a type's definition requires, allows or forbids a component.</summary>
internal enum ComponentRequirement
{
    Optional,
    Required,
    Prohibited,
}

/// <summary>How a component's canonical form is cased: kept as given (case sensitive), lower-cased, or upper-cased.</summary>
internal enum CaseRule
{
    AsIs,
    Lower,
    Upper,
}

/// <summary>
/// One registered purl type's rules, as its definition (purl-spec <c>types/*-definition.json</c>) states them:
/// component requirements, case sensitivity, permitted characters, required qualifiers — plus, for the few types whose
/// definitions carry rules only in prose, a normalisation and a check written out by hand.
/// </summary>
internal sealed record PackageUrlTypeRules(string Type)
{
    public ComponentRequirement Namespace { get; init; }

    public CaseRule NamespaceCase { get; init; }

    public CaseRule NameCase { get; init; }

    public CaseRule VersionCase { get; init; }

    public CaseRule SubpathCase { get; init; }

    /// <summary>The definition's <c>permitted_characters</c> for the name (ECMA-262 regular expression).</summary>
    public Regex? NamePattern { get; init; }

    /// <summary>The definition's <c>permitted_characters</c> for the version (ECMA-262 regular expression).</summary>
    public Regex? VersionPattern { get; init; }

    /// <summary>Qualifier keys whose definition says <c>"requirement": "required"</c>.</summary>
    public IReadOnlyList<string> RequiredQualifiers { get; init; } = [];

    /// <summary>The most namespace segments the type allows, when its definition limits them.</summary>
    public int? MaxNamespaceSegments { get; init; }

    /// <summary>
    /// The namespace is a single segment (a host) and everything after it is the name, which may itself hold slashes
    /// (git: "The path on the host to the git repository", native name "repository name with owner").
    /// </summary>
    public bool NamespaceIsHost { get; init; }

    /// <summary>A type-specific rewrite of the name, applied after case folding (e.g. PyPI's <c>_</c> → <c>-</c>).</summary>
    public Func<string, string>? NormalizeName { get; init; }

    /// <summary>
    /// A type-specific rewrite that depends on other components (e.g. mlflow's name case depends on the server);
    /// receives the name and the qualifiers, returns the name.
    /// </summary>
    public Func<string, IReadOnlyDictionary<string, string>, string>? NormalizeNameInContext { get; init; }

    /// <summary>A type-specific check on the normalised components; returns the reason it fails, or null.</summary>
    public Func<PackageUrl, string?>? Check { get; init; }

    /// <summary>Compiles a definition's <c>permitted_characters</c> in the ECMA-262 dialect the schema names.</summary>
    public static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
