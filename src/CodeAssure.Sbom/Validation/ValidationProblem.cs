namespace CodeAssure.Sbom.Validation;

/// <summary>One thing wrong with an SBOM: where it is and what is wrong.</summary>
/// <param name="Location">
/// Where the problem is: a JSON pointer (<c>/components/3/purl</c>) for JSON documents, <c>line:column</c> for XML,
/// tag-value and protobuf text documents, or an empty string for a problem with the whole document.
/// </param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record ValidationProblem(string Location, string Message)
{
    /// <summary>The problem as <c>location: message</c>, or just the message when there is no location.</summary>
    public override string ToString() => Location.Length == 0 ? Message : $"{Location}: {Message}";
}
