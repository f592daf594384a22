using Parallax.Cli;

return ParallaxCli.Run(args, Console.Out, Console.Error);
