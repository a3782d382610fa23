namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>One field of a claim that differs between two versions, with both values as text (null when absent).</summary>
/// <param name="Field">The field as named in the JSON form, e.g. "argument".</param>
/// <param name="Before">The earlier value.</param>
/// <param name="After">The later value.</param>
public sealed record FieldChange(string Field, string? Before, string? After);
