namespace CodeAssure.Cli.Commands.Purl;

/// <summary>The JSON shape of a purl that did not parse, in batch mode: the input as given and the one-line reason.</summary>
internal sealed record PurlErrorView(string Input, string Error);
