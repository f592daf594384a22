using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Extraction;
using Parallax.Reporting;
using Parallax.Language;
using Parallax.Storage;
using Parallax.Stories;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>Runs <c>parallax analyze</c>: read, store (one transaction per batch), analyse, report.</summary>
public sealed class AnalyzeRunner(TextWriter output, TextWriter error)
{
    /// <summary>Runs the command and returns the exit code (<see cref="ExitCodes"/>).</summary>
    public int Run(AnalyzeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IReportWriter writer;
        try
        {
            writer = ReportWriters.ForFormat(settings.Format);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"parallax: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        var reader = new ArticleReader(new ExtractionOptions { MaxFileBytes = settings.MaxFileBytes });
        var articles = new List<Article>();
        var problems = ImmutableArray.CreateBuilder<InputProblem>();
        foreach (var result in reader.Read(settings.Paths))
        {
            if (result.Article is not null)
            {
                articles.Add(result.Article);
            }
            else if (result.Problem is not null)
            {
                problems.Add(result.Problem);
                error.WriteLine($"skipped {result.Problem.Path}: {result.Problem.Reason}");
            }
        }

        if (articles.Count == 0)
        {
            error.WriteLine("parallax: no article could be read from the given paths; nothing was analysed.");
            return ExitCodes.NothingAnalysed;
        }

        SqliteStore store;
        try
        {
            store = SqliteStore.Open(settings.DatabasePath);
        }
        catch (StoreException ex)
        {
            error.WriteLine($"parallax: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        using (store)
        {
            try
            {
                // Stories are kept up to date in the store by the streaming detector: articles stored without
                // stories (by watch) are streamed first, then this batch; the report uses the stored grouping.
                var entities = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();
                var detection = new StoredStoryDetection(store, prepare: entities.Annotate);
                detection.CatchUp();
                var batch = detection.Add(articles);
                var stored = store.LoadArticles();
                var pipeline = DefaultPipeline.Create(new PrecomputedStories(store.LoadStories()));
                var analysis = Analyze(pipeline, stored, settings.ShowProgress) with { Problems = problems.ToImmutable() };

                var reportPath = WriteReport(writer, analysis, settings.OutputPath);
                new RunSummaryPrinter(output).Print(analysis, batch, articles.Count, reportPath);
            }
            catch (StoreException ex)
            {
                // The store rolled the batch back; what was stored before is intact.
                error.WriteLine($"parallax: {ex.Message}");
                return ExitCodes.InternalError;
            }
        }

        return ExitCodes.Success;
    }

    private static AnalysisResult Analyze(ParallaxPipeline pipeline, IReadOnlyList<Article> articles, bool showProgress)
    {
        if (!showProgress || articles.Count < 20)
        {
            return pipeline.Analyze(articles);
        }

        AnalysisResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Analysing articles", maxValue: articles.Count);
                var progress = new Progress<int>(done => task.Value = done);
                result = pipeline.Analyze(articles, progress);
                task.Value = articles.Count;
            });
        return result!;
    }

    private string? WriteReport(IReportWriter writer, AnalysisResult analysis, string? outputPath)
    {
        if (outputPath == "-")
        {
            writer.Write(analysis, output);
            return null;
        }

        var path = Path.GetFullPath(outputPath ?? "parallax-report" + writer.FileExtension);
        AtomicTextFile.Write(path, file =>
        {
            writer.Write(analysis, file);
            return true;
        });
        return path;
    }
}
