package org.institute.web.funding.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.FxImportResult;
import org.institute.core.FxRateAdministration;
import org.institute.core.FxRatePage;
import org.institute.core.FxRateView;
import org.institute.core.InvalidCommandException;
import org.institute.core.NewFxRate;
import org.institute.core.Violation;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.UploadedBytes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Admins enter a rate or import a CSV of daily SGD/CNY rates; every bad line is listed. */
@Named("fxRates")
@ViewScoped
public class FxRatesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The same limit as the API's. */
  private static final int MAX_BYTES = 1_000_000;

  /** A refused line of the file: its number (0 for the whole file) and the reason. */
  public record LineError(String line, String reason) implements java.io.Serializable {}

  @Inject private FxRateAdministration administration;

  private LocalDate date;
  private String pair = "SGD/CNY";
  private String rate;
  private transient Part file;
  private List<LineError> lineErrors = List.of();
  private FxImportResult imported;

  private final LazyDataModel<FxRateView> rates =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) administration.rates(0, 1).total();
        }

        @Override
        public List<FxRateView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          FxRatePage page = administration.rates(first, pageSize);
          setRowCount((int) page.total());
          return page.rates();
        }
      };

  /** Records the rate; on success the page is loaded again by a redirect, so a reload adds none. */
  public String record() {
    try {
      FxRateView saved =
          administration.record(new NewFxRate(date, pair.substring(0, 3), pair.substring(4), rate));
      return Messages.reloadAfter(
          "fx.recorded",
          saved.base() + "/" + saved.quote(),
          saved.date().toString(),
          saved.rate().toPlainString());
    } catch (InvalidCommandException refused) {
      Messages.show("entry", refused);
    } catch (AccessRefusedException refused) {
      Messages.error(null, "fx.notAllowed");
    }
    return null;
  }

  /**
   * Imports the CSV; on success the page is loaded again by a redirect with the counts, on a
   * refusal it stays with each refused line listed.
   */
  public String upload() {
    lineErrors = List.of();
    imported = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("upload:file", "fx.csv.empty");
      return null;
    }
    if (file.getSize() > MAX_BYTES) {
      Messages.error("upload:file", "fx.csv.tooLarge");
      return null;
    }
    try {
      imported = administration.importCsv(utf8(UploadedBytes.of(file)));
      return Messages.reloadAfter(
          "fx.imported",
          imported.rows(),
          imported.added(),
          imported.corrected(),
          imported.unchanged());
    } catch (InvalidCommandException refused) {
      List<LineError> errors = new ArrayList<>();
      for (Violation v : refused.violations()) {
        errors.add(
            new LineError(
                v.field() != null && v.field().startsWith("line ") ? v.field().substring(5) : "",
                Messages.text(v.messageKey())));
      }
      lineErrors = errors;
      Messages.error("upload:file", "fx.csv.refused", errors.size());
    } catch (AccessRefusedException refused) {
      Messages.error(null, "fx.notAllowed");
    }
    return null;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidCommandException.of("file", "import.notUtf8");
    }
  }

  public List<String> getPairs() {
    return List.of("SGD/CNY", "CNY/SGD");
  }

  public LazyDataModel<FxRateView> getRates() {
    return rates;
  }

  public List<LineError> getLineErrors() {
    return lineErrors;
  }

  public FxImportResult getImported() {
    return imported;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getPair() {
    return pair;
  }

  public void setPair(String pair) {
    this.pair = pair;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
