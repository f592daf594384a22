namespace Parallax.Storage;

/// <summary>Initialises the bundled native SQLite library once per process, before any connection opens.</summary>
internal static class SqliteRuntime
{
    private static readonly bool Initialized = Initialize();

    /// <summary>Ensures the native library is loaded; cheap after the first call.</summary>
    public static void EnsureInitialized() => _ = Initialized;

    private static bool Initialize()
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    }
}
