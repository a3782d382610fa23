using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// The rules of the SPDX 2.2/2.3 specification shared by the JSON and tag-value checks: value formats, the
/// relationship types, and that every SPDX identifier is unique and every reference to one resolves.
/// </summary>
internal sealed partial class SpdxRules(IPurlSyntax purlSyntax)
{
    /// <summary>The SPDX versions whose rules are implemented.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["SPDX-2.2", "SPDX-2.3"];

    private static readonly HashSet<string> RelationshipTypes22 = new(StringComparer.Ordinal)
    {
        "DESCRIBES", "DESCRIBED_BY", "CONTAINS", "CONTAINED_BY", "DEPENDS_ON", "DEPENDENCY_OF", "DEPENDENCY_MANIFEST_OF",
        "BUILD_DEPENDENCY_OF", "DEV_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF", "PROVIDED_DEPENDENCY_OF", "TEST_DEPENDENCY_OF",
        "RUNTIME_DEPENDENCY_OF", "EXAMPLE_OF", "GENERATES", "GENERATED_FROM", "ANCESTOR_OF", "DESCENDANT_OF", "VARIANT_OF",
        "DISTRIBUTION_ARTIFACT", "PATCH_FOR", "PATCH_APPLIED", "COPY_OF", "FILE_ADDED", "FILE_DELETED", "FILE_MODIFIED",
        "EXPANDED_FROM_ARCHIVE", "DYNAMIC_LINK", "STATIC_LINK", "DATA_FILE_OF", "TEST_CASE_OF", "BUILD_TOOL_OF", "DEV_TOOL_OF",
        "TEST_OF", "TEST_TOOL_OF", "DOCUMENTATION_OF", "OPTIONAL_COMPONENT_OF", "METAFILE_OF", "PACKAGE_OF", "AMENDS",
        "PREREQUISITE_FOR", "HAS_PREREQUISITE", "OTHER",
    };

    private static readonly HashSet<string> RelationshipTypes23 = new(RelationshipTypes22.Concat(["REQUIREMENT_DESCRIPTION_FOR", "SPECIFICATION_FOR"]), StringComparer.Ordinal);

    private readonly Dictionary<string, string> definitions = new(StringComparer.Ordinal);
    private readonly List<(string Reference, string Location)> references = [];

    public static void CheckVersion(string? value, string location, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            problems.Add(new ValidationProblem(location, "the SPDX version (spdxVersion / SPDXVersion) is missing"));
        }
        else if (!Versions.Contains(value))
        {
            problems.Add(new ValidationProblem(location, $"SPDX version '{value}' is not supported (expected {string.Join(" or ", Versions)})"));
        }
    }

    public static void CheckDataLicense(string? value, string location, List<ValidationProblem> problems)
    {
        if (value != "CC0-1.0")
        {
            problems.Add(new ValidationProblem(location, value is null ? "the data licence is missing; it must be CC0-1.0" : $"the data licence must be CC0-1.0, not '{value}'"));
        }
    }

    public static void CheckDocumentNamespace(string? value, string location, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            problems.Add(new ValidationProblem(location, "the document namespace is missing"));
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out _) || value.Contains('#', StringComparison.Ordinal))
        {
            problems.Add(new ValidationProblem(location, $"the document namespace '{value}' must be an absolute URI without a '#' part"));
        }
    }

    public static void CheckCreator(string value, string location, List<ValidationProblem> problems)
    {
        if (!CreatorPattern().IsMatch(value))
        {
            problems.Add(new ValidationProblem(location, $"creator '{value}' must start with 'Person: ', 'Organization: ' or 'Tool: '"));
        }
    }

    public static void CheckCreated(string? value, string location, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            problems.Add(new ValidationProblem(location, "the creation time (created) is missing"));
        }
        else if (!CreatedPattern().IsMatch(value) || !DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out _))
        {
            problems.Add(new ValidationProblem(location, $"creation time '{value}' must be UTC in the form YYYY-MM-DDThh:mm:ssZ"));
        }
    }

    public static void CheckRelationshipType(string version, string value, string location, List<ValidationProblem> problems)
    {
        var types = version == "SPDX-2.2" ? RelationshipTypes22 : RelationshipTypes23;
        if (!types.Contains(value))
        {
            problems.Add(new ValidationProblem(location, $"'{value}' is not an SPDX {version[5..]} relationship type"));
        }
    }

    /// <summary>Records an element's SPDXID (checking its form and uniqueness).</summary>
    public void Define(string id, string location, List<ValidationProblem> problems)
    {
        if (!SpdxIdPattern().IsMatch(id))
        {
            problems.Add(new ValidationProblem(location, $"SPDX identifier '{id}' must be 'SPDXRef-' followed by letters, digits, '.' or '-'"));
        }

        if (!definitions.TryAdd(id, location))
        {
            problems.Add(new ValidationProblem(location, $"SPDX identifier '{id}' is not unique (first defined at {definitions[id]})"));
        }
    }

    /// <summary>Records a reference to an element, to be resolved by <see cref="CheckReferences"/>.</summary>
    public void Refer(string reference, string location, bool noneAllowed = false)
    {
        if (noneAllowed && reference is "NONE" or "NOASSERTION")
        {
            return;
        }

        references.Add((reference, location));
    }

    public void CheckPurl(string purl, string location, List<ValidationProblem> problems)
    {
        if (purlSyntax.Check(purl) is { } why)
        {
            problems.Add(new ValidationProblem(location, PackageUrlSyntax.Describe(purl, why)));
        }
    }

    public void CheckReferences(List<ValidationProblem> problems)
    {
        foreach (var (reference, location) in references)
        {
            // DocumentRef-x:SPDXRef-y points into another document, which cannot be checked from here.
            if (reference.StartsWith("DocumentRef-", StringComparison.Ordinal) && reference.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            if (!definitions.ContainsKey(reference))
            {
                problems.Add(new ValidationProblem(location, $"'{reference}' does not refer to any SPDX element in the document"));
            }
        }
    }

    [GeneratedRegex(@"^SPDXRef-[A-Za-z0-9.\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpdxIdPattern();

    [GeneratedRegex(@"^(Person|Organization|Tool):\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex CreatorPattern();

    // The specification's form is YYYY-MM-DDThh:mm:ssZ; fractional seconds, also ISO 8601 UTC, are common and accepted.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatedPattern();
}
