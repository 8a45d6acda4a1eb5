using System.Globalization;

namespace TradeTargets.Sample;

/// <summary>
/// Writes a set of files into an output folder all or nothing, and never removes a path that existed before the run.
/// </summary>
/// <remarks>
/// The files are written into a fresh staging folder inside the target, then moved into place; a file they replace is
/// moved aside first and put back if a later move fails. A path that is not a folder where the folder must be (a file,
/// a symbolic link to a file, a broken link) is refused before anything is touched; a symbolic link to a folder is
/// written through and never removed. On failure only the folders this run created are removed, innermost first.
/// </remarks>
internal static class StagedOutput
{
    /// <summary>Writes <paramref name="names"/> into <paramref name="folder"/>: <paramref name="write"/> puts each into the staging folder it is given.</summary>
    /// <param name="folder">The output folder, as the user gave it.</param>
    /// <param name="names">The file names to write, each directly in the folder.</param>
    /// <param name="write">Writes every named file into the staging folder passed to it.</param>
    /// <exception cref="IOException">The folder or one of the files cannot be written; nothing has changed.</exception>
    public static void Write(string folder, IReadOnlyList<string> names, Action<string> write)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        CheckFolder(folder, target);
        foreach (var name in names)
        {
            if (Directory.Exists(Path.Combine(target, name)))
            {
                throw new IOException($"'{Path.Combine(folder, name)}' is a folder, so the file {name} cannot be written there.");
            }
        }

        var created = CreateMissing(target);
        string? staging = null;
        try
        {
            staging = CreateStaging(target);
            write(staging);
            MoveAllOrNothing(names, staging, target);
        }
        catch
        {
            if (staging is not null)
            {
                TryDeleteOwnFolder(staging);
                staging = null;
            }

            // Innermost first; a folder someone else wrote into meanwhile is not empty and stays.
            for (var i = created.Count - 1; i >= 0; i--)
            {
                TryDeleteEmpty(created[i]);
            }

            throw;
        }
        finally
        {
            if (staging is not null)
            {
                TryDeleteOwnFolder(staging);
            }
        }
    }

    /// <summary>Refuses, before anything is touched, a path that exists but is not a folder (or a link to one).</summary>
    private static void CheckFolder(string folder, string target)
    {
        if (Directory.Exists(target))
        {
            return;
        }

        if (IsLink(target))
        {
            throw new IOException($"'{folder}' is a symbolic link that does not lead to a folder; name a folder, or remove the link.");
        }

        if (File.Exists(target))
        {
            throw new IOException($"'{folder}' exists and is not a folder; name a folder, or move the file away.");
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool Exists(string path) => Path.Exists(path) || IsLink(path);

    /// <summary>Creates the folder and its missing parents; returns those this run created, outermost first.</summary>
    private static List<string> CreateMissing(string target)
    {
        var missing = new Stack<string>();
        for (var path = target; !string.IsNullOrEmpty(path) && !Exists(path); path = Path.GetDirectoryName(path))
        {
            missing.Push(path);
        }

        var created = new List<string>();
        try
        {
            foreach (var path in missing)
            {
                Directory.CreateDirectory(path);
                created.Add(path);
            }
        }
        catch
        {
            for (var i = created.Count - 1; i >= 0; i--)
            {
                TryDeleteEmpty(created[i]);
            }

            throw;
        }

        return created;
    }

    /// <summary>A staging folder inside the target under a name no entry has yet, so removing it removes only this run's files.</summary>
    private static string CreateStaging(string target)
    {
        for (var attempt = 0; ; attempt++)
        {
            var staging = Path.Combine(target, string.Create(CultureInfo.InvariantCulture, $".staging-{Environment.ProcessId}-{attempt}"));
            if (!Exists(staging))
            {
                Directory.CreateDirectory(staging);
                return staging;
            }
        }
    }

    // Existing files are first moved aside into the staging folder; if any move fails, the new files are taken out
    // and the old ones put back, so the target ends as it began.
    private static void MoveAllOrNothing(IReadOnlyList<string> names, string staging, string target)
    {
        var backup = Path.Combine(staging, ".previous");
        Directory.CreateDirectory(backup);
        var replaced = new List<string>();
        var placed = new List<string>();
        try
        {
            foreach (var name in names)
            {
                var destination = Path.Combine(target, name);
                if (Exists(destination))
                {
                    // A link is moved as a link: its target is never touched.
                    File.Move(destination, Path.Combine(backup, name));
                    replaced.Add(name);
                }

                File.Move(Path.Combine(staging, name), destination);
                placed.Add(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var name in placed)
            {
                TryDeleteFile(Path.Combine(target, name));
            }

            foreach (var name in replaced)
            {
                File.Move(Path.Combine(backup, name), Path.Combine(target, name), overwrite: true);
            }

            throw;
        }
    }

    // Cleaning up must never hide the error that brought us here.
    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the run's own error stands.
        }
    }

    private static void TryDeleteEmpty(string path)
    {
        try
        {
            Directory.Delete(path, recursive: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not empty (someone else's file) or not removable: left behind.
        }
    }

    // The staging folder was created by this run under a fresh name, so all of it is this run's own.
    private static void TryDeleteOwnFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the run's own error stands.
        }
    }
}
