-- Chronology rows by event type, and events counted by month (month precision or finer:
-- a season, quarter or year date says nothing about the month).

CREATE OR REPLACE VIEW strikes AS SELECT * FROM chronology WHERE event_type = 'strike';
CREATE OR REPLACE VIEW raids AS SELECT * FROM chronology WHERE event_type = 'raid';
CREATE OR REPLACE VIEW attacks AS SELECT * FROM chronology WHERE event_type = 'attack';
CREATE OR REPLACE VIEW meetings AS SELECT * FROM chronology WHERE event_type = 'meeting';

CREATE OR REPLACE VIEW events_by_month AS
SELECT
    strftime(date_start, '%Y-%m') AS month,
    event_type,
    count(*) AS n_events,
    sum(killed_low) AS killed_low
FROM chronology
WHERE date_start IS NOT NULL AND date_granularity IN ('time', 'day', 'week', 'month')
GROUP BY ALL
ORDER BY month, event_type;
