namespace Parallax.Core.Pipeline;

/// <summary>The pipeline was assembled wrongly, e.g. a stage runs before the layers it requires are produced.</summary>
public sealed class PipelineConfigurationException : Exception
{
    public PipelineConfigurationException()
    {
    }

    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
