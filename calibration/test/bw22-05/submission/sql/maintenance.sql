-- Run periodically (cron, pg_cron) to keep session_token small.
-- Uses session_token_expires_at_idx.
DELETE FROM session_token WHERE expires_at < now() - interval '1 day';

-- Handy checks
-- posts per author:
--   SELECT u.username, count(*) FROM post p JOIN app_user u ON u.user_id = p.author_id GROUP BY 1 ORDER BY 2 DESC;
-- index usage:
--   SELECT relname, indexrelname, idx_scan FROM pg_stat_user_indexes ORDER BY idx_scan;
