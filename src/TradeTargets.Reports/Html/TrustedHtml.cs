namespace TradeTargets.Reports;

/// <summary>
/// Markup that may be written without escaping. Only this package makes it: from its own embedded resources and
/// from chart SVG that went through <see cref="SvgSanitizer"/>; no text from a data file ever becomes one directly.
/// </summary>
internal readonly record struct TrustedHtml
{
    private TrustedHtml(string markup) => Markup = markup;

    public string Markup { get; }

    /// <summary>An embedded resource of this assembly (the page's stylesheet and script).</summary>
    public static TrustedHtml FromResource(string name)
    {
        using var stream = typeof(TrustedHtml).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly; the build must embed it.");
        using var reader = new StreamReader(stream);
        return new TrustedHtml(reader.ReadToEnd().ReplaceLineEndings("\n"));
    }

    /// <summary>Markup built by <see cref="SvgSanitizer"/> from a parsed, filtered tree.</summary>
    internal static TrustedHtml FromSanitizedSvg(string markup) => new(markup);
}
