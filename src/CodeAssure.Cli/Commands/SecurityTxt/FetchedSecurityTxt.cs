using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Cli.Commands.SecurityTxt;

/// <summary>A security.txt as the server sent it: the bytes (at most one past the limit) and how it was retrieved.</summary>
internal sealed record FetchedSecurityTxt(byte[] Content, SecurityTxtRetrieval Retrieval);
