using System.Globalization;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Cli.Commands.SecurityTxt;

/// <summary>The JSON shape of <c>securitytxt validate</c>: the verdict, the typed fields, every field as written, and the problems.</summary>
internal sealed record SecurityTxtView(
    string Source,
    string? RetrievedFrom,
    string? ContentType,
    string EvaluatedAt,
    bool Valid,
    int Errors,
    int Warnings,
    bool Signed,
    IReadOnlyList<string>? HashAlgorithms,
    IReadOnlyList<string> Contact,
    string? Expires,
    IReadOnlyList<string> Acknowledgments,
    IReadOnlyList<string> Canonical,
    IReadOnlyList<string> Encryption,
    IReadOnlyList<string> Hiring,
    IReadOnlyList<string> Policy,
    IReadOnlyList<string> Csaf,
    IReadOnlyList<string> PreferredLanguages,
    IReadOnlyList<SecurityTxtFieldView> Fields,
    IReadOnlyList<SecurityTxtProblemView> Problems)
{
    public static SecurityTxtView From(string source, SecurityTxtValidationResult result, SecurityTxtRetrieval? retrieval)
    {
        var document = result.Document;
        static IReadOnlyList<string> Uris(IReadOnlyList<Uri> uris) => uris.Select(u => u.OriginalString).ToList();
        return new SecurityTxtView(
            source,
            retrieval?.Url.ToString(),
            retrieval?.ContentType,
            Format(result.EvaluatedAt),
            result.IsValid,
            result.Errors.Count(),
            result.Warnings.Count(),
            document.IsSigned,
            document.IsSigned ? document.HashAlgorithms : null,
            Uris(document.Contacts),
            document.Expires is { } expires ? Format(expires) : null,
            Uris(document.Acknowledgments),
            Uris(document.Canonical),
            Uris(document.Encryption),
            Uris(document.Hiring),
            Uris(document.Policy),
            Uris(document.Csaf),
            document.PreferredLanguages,
            document.Fields.Select(f => new SecurityTxtFieldView(f.Line, f.Name, f.Value)).ToList(),
            result.Problems.Select(p => new SecurityTxtProblemView(p.Line, p.Severity == SecurityTxtSeverity.Error ? "error" : "warning", p.Message)).ToList());
    }

    public static string Format(DateTimeOffset time) =>
        time.ToString(time.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>One field as written.</summary>
internal sealed record SecurityTxtFieldView(int Line, string Name, string Value);

/// <summary>One problem: line, "error" or "warning", message.</summary>
internal sealed record SecurityTxtProblemView(int Line, string Severity, string Message);
