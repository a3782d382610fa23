using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Web.Questionnaires;

/// <summary>The vendor's answer to one claim, with the argument that supports it.</summary>
internal sealed record VendorAnswer(string Claim, Answer Answer, string? Argument);
