namespace Parallax.Cli;

/// <summary>The process exit codes the CLI documents.</summary>
public static class ExitCodes
{
    /// <summary>Something was analysed (input problems may have been reported).</summary>
    public const int Success = 0;

    /// <summary>An internal error: a bug or an environment failure, not bad input.</summary>
    public const int InternalError = 1;

    /// <summary>Nothing could be analysed: every input was unreadable, or the command line was wrong.</summary>
    public const int NothingAnalysed = 2;
}
