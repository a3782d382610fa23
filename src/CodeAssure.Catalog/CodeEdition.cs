namespace CodeAssure.Catalog;

/// <summary>Which edition of the Code a catalogue describes, and the duties that sit above the principles.</summary>
/// <param name="Id">The Code's id, e.g. "uk-sscop".</param>
/// <param name="Title">The Code's title.</param>
/// <param name="Edition">The edition, e.g. "2025.05".</param>
/// <param name="Published">The publication date.</param>
/// <param name="Publisher">Who publishes the Code.</param>
/// <param name="SeniorResponsibleOwnerDuty">The Senior Responsible Owner's accountability for the principles.</param>
/// <param name="SkillsExpectation">What the Code expects of senior leaders on skills and training.</param>
public sealed record CodeEdition(
    string Id,
    string Title,
    string Edition,
    DateOnly Published,
    string Publisher,
    string SeniorResponsibleOwnerDuty,
    string SkillsExpectation);
