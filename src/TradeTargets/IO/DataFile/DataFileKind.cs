namespace TradeTargets.IO;

/// <summary>The layouts <see cref="TradeDataFile"/> recognises from a file's header.</summary>
internal enum DataFileKind
{
    Unknown,
    Goals,
    Figures,
    Statements,
    Comtrade,
    ComtradeLegacy,
    ImfTimeSeries,
    ImfSdmx,
}
