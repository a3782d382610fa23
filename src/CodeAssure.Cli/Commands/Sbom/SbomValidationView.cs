using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.Ntia;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary>The JSON shape of <c>sbom validate --format json</c>.</summary>
internal sealed record SbomValidationView(
    string File,
    string Format,
    string? SpecVersion,
    bool Valid,
    IReadOnlyList<SbomValidationView.ProblemView> Problems,
    SbomValidationView.NtiaView? Ntia)
{
    public static SbomValidationView From(string file, SbomValidationResult result) => new(
        file,
        FormatName(result.Format),
        result.SpecVersion,
        result.IsValid,
        result.Problems.Select(p => new ProblemView(p.Location, p.Message)).ToList(),
        result.Ntia is { } ntia ? NtiaView.From(ntia) : null);

    public static string FormatName(SbomDocumentFormat format) => format switch
    {
        SbomDocumentFormat.CycloneDxJson => "cyclonedx-json",
        SbomDocumentFormat.CycloneDxXml => "cyclonedx-xml",
        SbomDocumentFormat.CycloneDxProtobufText => "cyclonedx-textproto",
        SbomDocumentFormat.SpdxJson => "spdx-json",
        SbomDocumentFormat.SpdxTagValue => "spdx-tag-value",
        _ => "unknown",
    };

    public static string ElementName(NtiaElement element) => element switch
    {
        NtiaElement.UniqueIdentifier => "unique-identifier",
        NtiaElement.DependencyRelationship => "dependency-relationship",
        _ => element.ToString().ToLowerInvariant(),
    };

    internal sealed record ProblemView(string Location, string Message);

    internal sealed record NtiaView(double Overall, bool Complete, IReadOnlyList<ElementView> Elements, IReadOnlyList<ComponentView> Components)
    {
        public static NtiaView From(NtiaReport report) => new(
            report.OverallPercent,
            report.IsComplete,
            report.Elements.Select(e => new ElementView(ElementName(e.Element), e.Present, e.Total, e.Percent)).ToList(),
            report.Components.Select(c => new ComponentView(c.Component, c.Location, c.Missing.Select(ElementName).ToList())).ToList());
    }

    internal sealed record ElementView(string Element, int Present, int Total, double Percent);

    internal sealed record ComponentView(string Component, string Location, IReadOnlyList<string> Missing);
}
