namespace CodeAssure.Cli.Commands.Cvss;

/// <summary>The line <c>codeassure cvss</c> prints, in batch mode, for a vector it cannot read.</summary>
internal sealed record CvssErrorView(string Vector, string Error);
