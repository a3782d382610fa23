using System.Diagnostics.CodeAnalysis;
using CodeAssure.Catalog.Loading;

namespace CodeAssure.Catalog;

/// <summary>
/// The Code of Practice as data: themes, principles, claims, the 2024 draft with its technical controls,
/// stakeholder roles and the glossary. Immutable once loaded; loading validates everything.
/// </summary>
public sealed class CodeCatalog
{
    /// <summary>The name of the embedded catalogue that ships with CodeAssure.</summary>
    public const string EmbeddedResourceName = "CodeAssure.Catalog.Data.uk-sscop-2025.05.json";

    private readonly Dictionary<PrincipleId, Principle> _principles;
    private readonly Dictionary<ClaimId, Claim> _claims;

    internal CodeCatalog(string version, CodeEdition code, AssuranceFramework assurance, IReadOnlyList<Theme> themes,
        IReadOnlyList<Principle> principles, IReadOnlyList<Claim> claims, IReadOnlyList<StakeholderRole> roles,
        IReadOnlyList<AudienceNote> audienceNotes, DraftCode draft, IReadOnlyList<GlossaryEntry> glossary)
    {
        Version = version;
        Code = code;
        Assurance = assurance;
        Themes = themes;
        Principles = principles;
        Claims = claims;
        Roles = roles;
        AudienceNotes = audienceNotes;
        Draft = draft;
        Glossary = glossary;
        _principles = principles.ToDictionary(p => p.Id);
        _claims = claims.ToDictionary(c => c.Id);
    }

    /// <summary>The catalogue data's own version: the Code's edition and a revision of CodeAssure's data.</summary>
    public string Version { get; }

    /// <summary>The edition of the Code described.</summary>
    public CodeEdition Code { get; }

    /// <summary>The assurance scheme whose claims the self-assessment answers.</summary>
    public AssuranceFramework Assurance { get; }

    /// <summary>The themes in order.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>Every principle in id order.</summary>
    public IReadOnlyList<Principle> Principles { get; }

    /// <summary>Every claim in id order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The stakeholder roles of Table 1.</summary>
    public IReadOnlyList<StakeholderRole> Roles { get; }

    /// <summary>What the Code says about audiences that are not roles.</summary>
    public IReadOnlyList<AudienceNote> AudienceNotes { get; }

    /// <summary>The 2024 draft.</summary>
    public DraftCode Draft { get; }

    /// <summary>The glossary (Table 3).</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>Loads and validates the catalogue embedded in this assembly.</summary>
    public static CodeCatalog LoadEmbedded()
    {
        using var stream = typeof(CodeCatalog).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new CatalogValidationException($"embedded catalogue '{EmbeddedResourceName}' is missing from the build");
        return CatalogLoader.Load(stream, EmbeddedResourceName);
    }

    /// <summary>Loads and validates a catalogue from JSON, e.g. a newer edition of the Code.</summary>
    /// <param name="json">The catalogue document.</param>
    /// <param name="source">A name for the data used in error messages (e.g. the file name).</param>
    public static CodeCatalog Load(Stream json, string source) => CatalogLoader.Load(json, source);

    /// <summary>Finds a principle by id.</summary>
    public bool TryGetPrinciple(PrincipleId id, [NotNullWhen(true)] out Principle? principle) =>
        _principles.TryGetValue(id, out principle);

    /// <summary>Finds a claim by id.</summary>
    public bool TryGetClaim(ClaimId id, [NotNullWhen(true)] out Claim? claim) => _claims.TryGetValue(id, out claim);

    /// <summary>Finds a stakeholder role by id, e.g. "reseller".</summary>
    public bool TryGetRole(string id, [NotNullWhen(true)] out StakeholderRole? role)
    {
        role = Roles.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        return role is not null;
    }

    /// <summary>Finds a draft provision by its draft number.</summary>
    public bool TryGetDraftProvision(PrincipleId id, [NotNullWhen(true)] out DraftProvision? provision)
    {
        provision = Draft.Provisions.FirstOrDefault(p => p.Id == id);
        return provision is not null;
    }

    /// <summary>Finds a technical control by id, e.g. TC-1.4.2.</summary>
    public bool TryGetTechnicalControl(string id, [NotNullWhen(true)] out TechnicalControl? control)
    {
        control = Draft.TechnicalControls.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        return control is not null;
    }

    /// <summary>
    /// The principles a role answers: those whose theme applies, plus those that apply where in scope unless
    /// <paramref name="includeWhereInScope"/> is false. Computed from the role's theme rules, never listed by hand.
    /// </summary>
    public IEnumerable<Principle> ApplicablePrinciples(StakeholderRole role, bool includeWhereInScope = true)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Principles.Where(p => role.For(p) switch
        {
            Applicability.Applies => true,
            Applicability.WhereInScope => includeWhereInScope,
            _ => false,
        });
    }

    /// <summary>The claims a role answers: every claim of its applicable principles.</summary>
    public IEnumerable<Claim> ApplicableClaims(StakeholderRole role, bool includeWhereInScope = true) =>
        ApplicablePrinciples(role, includeWhereInScope).SelectMany(p => p.Claims);
}
