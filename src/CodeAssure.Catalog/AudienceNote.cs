namespace CodeAssure.Catalog;

/// <summary>What the Code says about an audience that is not a stakeholder role (e.g. open-source maintainers).</summary>
/// <param name="Audience">Who the note is about.</param>
/// <param name="Note">What the Code says about them.</param>
public sealed record AudienceNote(string Audience, string Note);
