namespace Dpa.Rules.Serialization.Reports;

/// <summary>Turns file paths into the forward-slash, repository-relative form reports show, and into SARIF URIs.</summary>
internal static class ReportPaths
{
    /// <summary>Makes an absolute path under <paramref name="baseDirectory"/> relative to it, uses forward slashes and drops leading <c>./</c>.</summary>
    public static string ToDisplayPath(string filePath, string? baseDirectory)
    {
        var path = filePath;
        if (baseDirectory is not null && Path.IsPathFullyQualified(path))
        {
            var relative = Path.GetRelativePath(baseDirectory, path);
            if (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal)
                && !relative.StartsWith("..\\", StringComparison.Ordinal))
            {
                path = relative;
            }
        }

        // A backslash separates directories only on Windows; elsewhere it is part of a file name ("a\\b.json"), and turning it
        // into '/' would name another file. ToUri escapes it (%5C) instead.
        if (Path.DirectorySeparatorChar == '\\')
        {
            path = path.Replace('\\', '/');
        }

        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path;
    }

    /// <summary>A relative display path becomes a relative URI reference with each segment escaped; an absolute one a <c>file:</c> URI.</summary>
    public static string ToUri(string displayPath)
    {
        if (displayPath.Length >= 2 && displayPath[1] == ':')
        {
            return new Uri(displayPath).AbsoluteUri;
        }

        // Each segment escaped on its own (System.Uri would read a '\\' in a Unix file name as a separator).
        var relative = string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString));
        return displayPath.StartsWith('/') ? "file://" + relative : relative;
    }
}
