namespace CodeAssure.Vulnerabilities.Index;

/// <summary>A source the index was built from, with what a later import needs to ask "has it changed?".</summary>
/// <param name="Location">The folder, file or URL as given to the import (folders and files as full paths).</param>
/// <param name="Kind"><c>folder</c>, <c>zip</c>, <c>file</c> or <c>url</c>.</param>
/// <param name="ImportedAt">When it was last imported (or last found unchanged).</param>
/// <param name="ETag">The HTTP entity tag of the last download, for <c>If-None-Match</c>.</param>
/// <param name="LastModified">The HTTP <c>Last-Modified</c> of the last download, for <c>If-Modified-Since</c>.</param>
/// <param name="Records">How many records were read from it at its last import.</param>
public sealed record OsvIndexSource(string Location, string Kind, DateTimeOffset ImportedAt, string? ETag, string? LastModified, int Records);
