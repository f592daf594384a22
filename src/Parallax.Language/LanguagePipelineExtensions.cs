using Parallax.Core.Pipeline;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;

namespace Parallax.Language;

/// <summary>Adds the language stages to a pipeline, Markdig style: each call adds a stage and returns the builder.</summary>
public static class LanguagePipelineExtensions
{
    /// <summary>Adds the <see cref="SentenceSplitter"/>.</summary>
    public static ParallaxPipelineBuilder UseSentences(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new SentenceSplitter());
        return builder;
    }

    /// <summary>Adds the <see cref="Tokenizer"/>; requires sentences.</summary>
    public static ParallaxPipelineBuilder UseTokens(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new Tokenizer());
        return builder;
    }

    /// <summary>Adds the <see cref="EntityRecognizer"/> with <paramref name="tagger"/> (the statistical one by default); requires tokens.</summary>
    public static ParallaxPipelineBuilder UseEntities(this ParallaxPipelineBuilder builder, IEntityTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new EntityRecognizer(tagger));
        return builder;
    }

    /// <summary>Adds the <see cref="EntityRecognizer"/> with the tagger of <paramref name="kind"/>; requires tokens.</summary>
    public static ParallaxPipelineBuilder UseEntities(this ParallaxPipelineBuilder builder, EntityTaggerKind kind)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new EntityRecognizer(kind));
        return builder;
    }

    /// <summary>Adds the <see cref="QuoteAttributor"/>; requires sentences, tokens and entities.</summary>
    public static ParallaxPipelineBuilder UseAttributions(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new QuoteAttributor());
        return builder;
    }

    /// <summary>Adds the <see cref="StoryEntityLinker"/>, which fills <c>StoryReport.Entities</c>.</summary>
    public static ParallaxPipelineBuilder UseStoryEntities(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new StoryEntityLinker());
        return builder;
    }
}
