using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Trust;

/// <summary>The latest signed-off organisation-wide self-assessment, as the portal summarises it.</summary>
/// <param name="Row">The stored snapshot (number, digest, sign-off time).</param>
/// <param name="Assessment">The parsed snapshot (its sign-off names the SRO).</param>
/// <param name="Figures">Its answers counted per theme and principle, as on the dashboard.</param>
internal sealed record PortalAssessment(AssessmentVersion Row, Assessment Assessment, AssessmentFigures Figures);
