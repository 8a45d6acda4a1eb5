using System.Runtime.InteropServices;
using System.Text;

namespace TradeTargets.IO;

/// <summary>What a path is on disk, so that a named pipe or a device is refused before opening it would wait for a writer.</summary>
/// <remarks>
/// .NET reports a FIFO, a socket or a device as an ordinary file, and opening a FIFO for reading blocks until something
/// writes to it. On Linux the kind comes from <c>statx</c>, whose layout is the same on every architecture; elsewhere,
/// or when the call is not available, the kind is <see cref="Kind.Unknown"/> and the path is opened as before.
/// </remarks>
internal static class PathKind
{
    public enum Kind
    {
        Unknown,
        Regular,
        Directory,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int StatxSize = 256;

    /// <summary>The kind of the file a path leads to (links followed).</summary>
    public static Kind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Kind.Unknown;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[StatxSize];
        try
        {
            if (NativeMethods.statx(AtCurrentDirectory, name, 0, StatxType, buffer) != 0)
            {
                return Kind.Unknown;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return Kind.Unknown;
        }
        catch (DllNotFoundException)
        {
            return Kind.Unknown;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0x1000 => Kind.Fifo,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            0xC000 => Kind.Socket,
            _ => Kind.Unknown,
        };
    }

    /// <summary>Why a path of this kind is not read, or null when it may be.</summary>
    public static string? RefusalFor(Kind kind) => kind switch
    {
        Kind.Fifo => "it is a named pipe (FIFO), not a regular file: reading it would wait until another program writes to it. Save the data to a file and load that.",
        Kind.CharacterDevice or Kind.BlockDevice => "it is a device, not a regular file; save the data to a file and load that.",
        Kind.Socket => "it is a socket, not a regular file; save the data to a file and load that.",
        _ => null,
    };

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "Blittable arrays only; LibraryImport would need unsafe code for no gain.")]
        public static extern int statx(int directory, byte[] path, int flags, uint mask, byte[] result);
    }
}
